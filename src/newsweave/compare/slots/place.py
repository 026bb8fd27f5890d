"""The *where* slot: a place in its country, the region or province level of the happening's
place ("the province of X", "X region", "Одеська область"), the happening's site (the city or
venue a lead clause names) and the region that site lies in ("Starbase, Texas", "au Texas"), and
spellings of one place across languages. Names the gazetteer knows become its places (key
"@<place id>"), so two languages' names of one city agree, a city inside the region another
article names agrees, and two different cities or regions conflict however each is spelled."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable

from anyascii import anyascii

from ..claim_records import Claim, norm_name, place_name_key
from .. import lexicon
from ... import lang
from ...model import Article
from . import words
from .compass import compass_part
from .facility import BARE_CITY, facility_sites
from .gazetteer import LEVELS, Place, fold, gazetteer, lookup
from .place_levels import CAP as _CAP, LOWER, SLAVIC_ADJ as _SLAVIC_ADJ, after_town_noun, level_phrases, name_tail, region_countries, sole_region
from .named_places import NOT_SITE, inflects, named_places, seat_spans
from .records import SlotFact
from .venue_names import after_venue_noun

_ADJ_STEM = re.compile(r"^(\w{4,}?)s?k\w{0,4}$")  # a folded Slavic place adjective's stem ("charkow-skim")


# a name ending in a hyphenated serial number names a rocket, a craft, a reactor or a product,
# never a place ("lifting off from Andøya, Skarv-1 ..."); a place's name holds no such number
_NUMBERED = re.compile(r"\w[-‑–]\d{1,4}[A-Za-z]?$")

def where_facts(a: Article, c: Claim, fact: Callable[..., SlotFact], background: bool,
                denied: str | None) -> None:
    """A place in a country (any clause), and region levels (clauses not in the background)."""
    for p in c.places:
        terr = _territory(a.text, p.start, p.place_text, a.lang)
        subject = "in-country:" + ("@" + terr.id if terr else p.place)
        fact("where", subject, p.country, p.country, c, p.start, p.end,
             denied_by=denied, subject_label=p.place_text)
    if not background:
        _levels(a, c, fact, denied)


SITE_TYPES = ("LOC",)  # entity types that name a place (GPE is folded into LOC)
_QUOTES = "«»\"“”„‘’'‹›"  # a quoted name is a club's, a ship's or a work's («Сокіл», "Aurora"), not a site
# a compound led by an abbreviation is an organisation or a role ("EU-Gesandte", "UN-Sicherheitsrat")
_ABBR_COMPOUND = re.compile(r"^[A-ZА-ЯІЇЄҐ]{2,}-")
SITE_FUZZ = 75  # set by hand: rapidfuzz ratio of two spellings of one name word across languages ("kongress" / "congreso")


def _preps(code: str | None) -> list[str]:
    """Locative prepositions of the article's language (every language's when it has none)."""
    own = lang.language(code)
    preps = list(own.claims.locative_preps) if own is not None and own.claims.locative_preps \
        else sorted(lexicon.word_set("locative_preps"))
    near = [p for p in own.claims.near_preps if not _fused(p)] if own is not None else []
    return sorted(preps + near, key=len, reverse=True)


def _fused(prep: str) -> bool:
    return prep.endswith(("'", "’"))


def _elided(code: str | None) -> list[str]:
    """Prepositions fused with an elided article or elided themselves, of the article's
    language ("all'", "à l'", "près d'")."""
    own = lang.language(code)
    if own is None:
        return []
    return sorted(own.claims.elided_preps + [p for p in own.claims.near_preps if _fused(p)], key=len, reverse=True)


@lru_cache(maxsize=None)
def _after_prep(code: str | None) -> re.Pattern[str]:
    """A capitalised name (one to three words) right after a locative preposition, or right
    after one fused with an elided article ("all'Arena ...")."""
    alt = "|".join(re.escape(p) for p in _preps(code))
    fused = "|".join(re.escape(p) for p in _elided(code))
    lead = r"(?i:" + alt + r")\s+" + (r"|(?i:" + fused + r")\s*" if fused else "")
    return re.compile(r"(?<![\w])(?:" + lead + r")(" + _CAP + r"(?:\s+" + _CAP + r"){0,2})")


@lru_cache(maxsize=None)
def _determiner(code: str | None) -> re.Pattern[str] | None:
    """A definite article of the article's language ending right before a name."""
    own = lang.language(code)
    arts = own.claims.definite_articles if own is not None else []
    if not arts:
        return None
    alt = "|".join(re.escape(x) for x in sorted(arts, key=len, reverse=True))
    return re.compile(r"(?<![\w])(?:" + alt + r")(?:(?<=['’])|\s+)$")


def venue_name(a: Article, s: int, e: int) -> int | None:
    """The end of a venue's or a building's name when the name at [s, e) comes right after a
    lower-case definite article ("à la Halle Tony Garnier", "at the Palace of Culture"): the
    name runs on through the capitalised words that follow. None when no article precedes it."""
    det, before = _determiner(a.lang), a.text[max(0, s - 12):s]
    fused = any(before.casefold().endswith(p.casefold()) for p in _elided(a.lang))  # "all'": "a" + "la"
    if not fused and (det is None or not det.search(before)):
        return None
    run = re.match(r"(?:\s+" + _CAP + r"){0,3}", a.text[e:])
    return e + (run.end() if run else 0)


_LOWER = LOWER + "'’"


@lru_cache(maxsize=None)
def _adj_after_prep(code: str | None) -> re.Pattern[str]:
    """A lower-case Slavic place adjective and its noun right after a locative preposition
    ("на луцькому стадіоні", "na lwowskim stadionie"): the adjective names the site's city."""
    alt = "|".join(re.escape(p) for p in _preps(code))
    return re.compile(r"(?<![\w])(?i:" + alt + r")\s+([" + _LOWER + r"]+)\s+[" + _LOWER + r"]{3,}")


@lru_cache(maxsize=None)
def _joined(code: str | None) -> re.Pattern[str]:
    """A capitalised name and the language's "and" right before a mention: the recogniser may
    keep only the second half of a joined name ("Turks and" + "Caicos Islands")."""
    own = lang.language(code)
    conj = own.ner.conjunctions if own is not None and own.ner.conjunctions else ("and",)
    return re.compile(r"(" + _CAP + r"\s+(?:" + "|".join(map(re.escape, conj)) + r")\s+)$")


@lru_cache(maxsize=64)
def _countries(text: str) -> frozenset[str]:
    """ISO codes of the countries a text names (a tie between two places goes to them)."""
    return frozenset(k for *_, k, _ in lexicon.find_countries(text)) | region_countries(text)


def _territory(text: str, start: int, name: str, code: str | None) -> Place | None:
    """The country or territory a place fact's place is, when the gazetteer knows it ("Turks and
    Caicos Islands", "islas Turcas y Caicos"): one subject for its names in every language."""
    g = gazetteer()
    joined = _joined(code).search(text[max(0, start - 40):start])
    for cand in (name, joined.group(1) + name if joined else None):
        p = g.resolve(cand, ("country",), endings=inflects(code)) if cand else None
        if p is not None:
            return p
    return None


def resolve_site(name: str, a: Article) -> Place | None:
    """The gazetteer city a site name in article ``a`` denotes (a country it names wins a tie);
    none when the name is a first-level region's and a city elsewhere bears it only as another
    name or is small ("Florida", "Arizona": the state, though a Colombian city is also called
    so and a small Honduran one is named so; "Moscow", "Sagaing": the city, named like the
    region that holds it; "Washington": the large city of that name)."""
    g = gazetteer()
    city = g.resolve(name, ("city",), lambda: _countries(a.text), inflects(a.lang))
    if city is None:
        return None
    near = _countries(a.text)
    for region in lookup(name, ("region",), inflects(a.lang)):
        if (city.region is None and region.country == city.country) or city.country in near - {region.country}:
            continue  # it may hold the city; or it lies in a country the text does not name, unlike the city
        if region.region is None and not g.contains(region, city) \
                and (fold(city.name) != fold(name) or city.population < BARE_CITY):
            return None
    return city


def site_key(name: str) -> str:
    """Folded name of a site: ASCII, case-folded, generic nouns and name particles dropped."""
    return place_name_key(anyascii(name))


def _of_country(name: str, after: str, code: str | None) -> bool:
    """Whether a country is named in ``name`` (alone or after a direction prefix of the
    language: "Südpolen") or right after it (only spaces between)."""
    return bool(lexicon.find_countries(name)) or _country_part(name, code) or any(
        not after[:cs].strip() for cs, *_ in lexicon.find_countries(after))


@lru_cache(maxsize=None)
def _truncation(code: str | None) -> re.Pattern[str]:
    own = lang.language(code)
    conj = own.ner.conjunctions if own is not None and own.ner.conjunctions else ("and",)
    return re.compile(r"-\s+(?:" + "|".join(map(re.escape, conj)) + r")\s", re.IGNORECASE)


def _truncated(text: str, e: int, code: str | None) -> bool:
    """Whether the name ending at ``e`` is a compound's first half cut before "and" ("Nord- und
    Südkorea", "Turks- und Caicosinseln")."""
    return bool(_truncation(code).match(text, e))


def _country_part(name: str, code: str | None) -> bool:
    own = lang.language(code)
    low = name.casefold()
    for p in (own.claims.direction_prefixes if own is not None else ()):
        if low.startswith(p) and len(low) > len(p) + 3:
            rest = name[len(p):]
            if any(cs == 0 for cs, *_ in lexicon.find_countries(rest[:1].upper() + rest[1:])):
                return True
    return False


def site_facts(a: Article, c: Claim, fact: Callable[..., SlotFact], denied: str | None) -> None:
    """The happening's site in a lead clause: a place the recogniser names, or a capitalised
    name after a locative preposition ("in Lyon") that no person/organisation mention covers
    (unless that mention is a lone city name: a club's city read as the club), a name after a
    settlement noun ("в городе X"), or a city's adjective after a preposition ("на луцькому
    стадіоні"); and the region the site lies in."""
    spans: list[tuple[int, int, str]] = []
    other: list[tuple[int, int]] = [(t.start, t.end) for t in a.timexes]
    text = a.text
    for m in a.entities:
        if c.start <= m.start and m.end <= c.end:
            if m.type in SITE_TYPES:
                if not any(m.start < te and ts < m.end for ts, te in other):  # "Martedì" read as a place
                    spans.append((m.start, m.end, m.name or m.text))
            elif m.type in NOT_SITE and not (_after_locative(a, m.start)
                                              and resolve_site(m.text, a)):
                other.append((m.start, m.end))
    for m in _after_prep(a.lang).finditer(text, c.start, c.end):
        s, e = m.start(1), m.end(1)
        if text[e - 2:e] in ("'s", "’s"):
            e -= 2  # "at Lyon's main stadium": the city's possessive
        # a mention starting inside the name cuts it there: the recogniser read the rest as a
        # person or an organisation ("all'Arena Nord ...", "in Kyiv Zelensky ...")
        inner = [os_ for os_, _oe in other if s < os_ < e and text[s:os_].strip()]
        if inner:
            e = min(inner)
            while e > s and not text[e - 1].isalnum():
                e -= 1
        if not any(s < oe and os_ < e for os_, oe, *_ in spans + other):
            spans.append((s, e, text[s:e]))
    for m in after_town_noun(a.lang).finditer(text, c.start, c.end):  # whatever the recogniser read
        s, e = m.start(1), m.end(1)
        if not any(s < oe and os_ < e for os_, oe, *_ in spans):
            spans.append((s, e, text[s:e]))
            other = [(os_, oe) for os_, oe in other if not (s < oe and os_ < e)]
    for m in _adj_after_prep(a.lang).finditer(text, c.start, c.end):
        s, e = m.start(1), m.end(1)
        if _SLAVIC_ADJ.search(m.group(1)) and not any(s < oe and os_ < e for os_, oe, *_ in spans + other):
            spans.append((s, e, m.group(1)))
    for m in _possessive_after_prep(a.lang).finditer(text, c.start, c.end):
        s, e = m.start(1), m.end(1)  # "at Lyon's main stadium", "in Kazan's industrial zone"
        if resolve_site(m.group(1), a) is not None and not any(s < oe and os_ < e for os_, oe, *_ in spans):
            spans.append((s, e, m.group(1)))
    for m in _genitive_after_venue(a.lang).finditer(text, c.start, c.end):
        s, e = m.start(1), m.end(1)  # "на главном стадионе Казани": the venue's city, in the genitive
        if _large_city(m.group(1), a) is not None and not any(s < oe and os_ < e for os_, oe, *_ in spans):
            spans.append((s, e, m.group(1)))
            other = [(os_, oe) for os_, oe in other if not (s < oe and os_ < e)]
    venues = {x for pat in after_venue_noun(a.lang) for m in pat.finditer(text, c.start, c.end)
              for x in (m.start(), m.start(1))}
    seats = seat_spans(a)
    # "la région de Koursk", "the Kharkiv region": the name is the region's (a level fact), not
    # a site of the same name
    regions = [(ls, le) for _n, ls, le, level in level_phrases(a, c) if level == "region"]
    for s, e, name in sorted(spans):
        if any(ls <= s and e <= le for ls, le in regions):
            continue
        elision = s > 1 and text[s - 1] in "'’" and text[s - 2].isalpha()  # "all'Arena", "l'Opéra"
        possessive = re.match(r"['’]s\s", text[e:e + 3]) is not None  # "Lyon's main stadium"
        if (s > 0 and text[s - 1] in _QUOTES and not elision) or (e < len(text) and text[e] in _QUOTES
                                                                  and not possessive):
            continue
        if any(s < se and ss < e for ss, se in seats):
            continue  # an organisation's seat ("the Paris-based promoter"), not the site
        # a name holding or followed by a country's name is the country or a thing of it
        # ("Кубок України", "Pucharu Ukrainy", "Banco de España"): not a city or venue
        if _truncated(text, e, a.lang):
            continue  # "Turks- und Caicosinseln": the first half of a compound, not a name of its own
        # a month's stem in a city's name is no month ("Novgorod", "Augsburg")
        if _of_country(name, text[e:e + 30], a.lang) or _ABBR_COMPOUND.match(name) \
                or (lexicon.words("months").search(name) and resolve_site(text[s:e], a) is None):
            continue
        if _NUMBERED.search(name):
            continue  # "Skarv-1", "Falcon-9", "Sojuz-2": a numbered vehicle or product, no place
        venue_end = venue_name(a, s, e)
        if venue_end is not None and (gazetteer().resolve(text[s:e], ("region", "country"), lambda: _countries(text),
                                                           inflects(a.lang)) is not None
                                      or (venue_end == e and resolve_site(text[s:e], a) is not None)):
            venue_end = None  # "dans le Var", "in the Donbas": a region takes an article too; "the
            # Kyiv authorities": a city's name alone used as an adjective
        if venue_end is None and s in venues and _large_city(text[s:e], a) is None:
            continue  # "на аэродроме Темпельхоф": a venue's name, which the venue reader reads
        if venue_end is not None:  # a venue, compared with the venues other articles name
            name = text[s:venue_end]
            if len(site_key(name)) >= 4:
                fact("where", "venue", name, site_key(name), c, s, venue_end, denied_by=denied,
                     subject_label="venue")
            continue
        if (part := compass_part(name, inflects(a.lang))) is not None:
            name = part.name  # "Nordnorwegen": a part of Norway, compared as Norway
        key = site_key(name)
        if len(key) < 4:
            continue
        suffixed = _suffixed_region(text[s:e], a)
        if suffixed is not None:  # a region named after its chief city: the happening's region
            fact("where", "region", text[s:e], "@" + suffixed.id, c, s, e, denied_by=denied,
                 subject_label="region", named=named_places(a))
            continue
        city = resolve_site(text[s:e], a) if name[:1].isupper() or _SLAVIC_ADJ.search(name) else None
        if city is not None and city.population < BARE_CITY and not _after_locative(a, s):
            city = None  # a bare capitalised word ("Airports") is more often a noun than a small town
        stated = _stated_region(a, e)
        if city is not None and stated is not None and not gazetteer().contains(stated, city):
            city = None  # "Springfield, Oregon": not the gazetteer's Springfield elsewhere
        if city is None and (tail := name_tail(name, a.lang)):
            city = resolve_site(tail, a)  # "Mercado Central de X": the site's city
        if city is None:
            city = _city_adjective(name, a)  # "im Grazer Stadion"
        region = _site_region(a, s, e, name)
        reg = sole_region(text[s:e], inflects(a.lang)) if city is None and name[:1].isupper() else None
        if reg is not None and region is None:  # "il Piemonte": a region, not the site
            fact("where", "region", reg.name, "@" + reg.id, c, s, e, denied_by=denied,
                 subject_label="region", named=named_places(a))
            continue
        if city is None and reg is None and (_common_noun(name, a, s) or not name[:1].isupper()):
            continue  # a lower-case adjective names a site only through the city it is of
        if city is not None:
            fact("where", "site", city.name, "@" + city.id, c, s, e, denied_by=denied, subject_label="site",
                 named=named_places(a))
        elif reg is None:  # "au Nevada": the state the site lies in, below
            fact("where", "site", name, key, c, s, e, denied_by=denied, subject_label="site")
        if region is not None:
            fact("where", "site-region", region.name, "@" + region.id, c, s, e, denied_by=denied,
                 subject_label="region of the site")
    for s, e, city in facility_sites(a, c, [(x, y) for x, y, _ in spans]):  # "l'aéroport de Séville"
        fact("where", "site", city.name, "@" + city.id, c, s, e, denied_by=denied, subject_label="site",
             named=named_places(a))


def _large_city(name: str, a: Article) -> Place | None:
    """The gazetteer city of BARE_CITY people or more a name denotes: a venue's name after its
    noun ("аэродром Темпельхоф", "Park Tiergarten") is a city only then."""
    city = resolve_site(name, a)
    return city if city is not None and city.population >= BARE_CITY else None


@lru_cache(maxsize=None)
def _possessive_after_prep(code: str | None) -> re.Pattern[str]:
    """A capitalised name with a possessive "'s" right after a locative or venue preposition,
    then a lower-case word ("at Lyon's main stadium"): the city of an unnamed venue."""
    own = lang.language(code)
    preps = (list(own.claims.venue_preps) if own is not None else []) + _preps(code)
    return re.compile(r"(?<![\w])(?i:" + "|".join(sorted(set(preps), key=len, reverse=True))
                      + r")\s+(" + _CAP + r"(?:\s+" + _CAP + r")?)['’]s\s+[" + _LOWER + r"]")


@lru_cache(maxsize=None)
def _genitive_after_venue(code: str | None) -> re.Pattern[str]:
    """A locative preposition, up to two lower-case words and a venue noun of a language that
    inflects its place names, then a capitalised name ("на главном стадионе Казани", "na
    stadionie Poznania"): a name in the genitive, the venue's city when the gazetteer knows it."""
    own = lang.language(code)
    if own is None or not own.claims.venue_nouns or not inflects(code):
        return re.compile(r"(?!x)x")
    alt = "|".join(re.escape(p) for p in _preps(code))
    return re.compile(r"(?<![\w])(?i:" + alt + r")\s+(?:[" + _LOWER + r"]+\s+){0,2}?(?i:"
                      + "|".join(own.claims.venue_nouns) + r")\s+(" + _CAP + r")")


def _city_adjective(name: str, a: Article) -> Place | None:
    """The city a capitalised adjective of the language names ("Grazer", "Wiener", "Dresdner"),
    the first word of a site's name ("Grazer Stadion"): its stem, or its stem with the "e" the
    adjective drops ("Dresdn-er": Dresden), as a city of BARE_CITY people or more."""
    own = lang.language(a.lang)
    word = name.split()[0]
    for suffix in (own.claims.city_adjective_suffixes if own is not None else []):
        stem = word[:-len(suffix)] if word.endswith(suffix) and len(word) > len(suffix) + 2 else ""
        for cand in (stem, stem[:-1] + "e" + stem[-1:]) if stem else ():
            city = gazetteer().resolve(cand, ("city",), lambda: _countries(a.text), False)
            if city is not None and city.population >= BARE_CITY and fold(city.name).startswith(fold(cand)[:3]):
                return city
    return None


def _common_noun(name: str, a: Article, start: int) -> bool:
    """Whether a one-word name the gazetteer does not know is a common noun of a language that
    capitalises its nouns ("in Sicherheit", "des Tankers", "im Nordwesten"): one with a common
    noun's ending, one after a preposition fused with an article, or one not after a locative
    preposition."""
    own = lang.language(a.lang)
    ends = own.claims.common_noun_endings if own is not None else []
    if not ends or len(name.split()) > 1:
        return False
    word = name.casefold()
    before = a.text[max(0, start - 8):start].casefold().split()
    if before and before[-1] in own.claims.fused_article_preps:
        return True  # "im Maschinenraum": a city takes no article
    return not _after_locative(a, start) or any(word.endswith(x) for x in ends)


def _chief_city_region(stem: str, a: Article) -> Place | None:
    """The first-level region named after its chief city, from the city's name ("Харків" in
    "Харківщина", "charkow" in "obwód charkowski"): a city of BARE_CITY people or more that
    the gazetteer places in a region."""
    g = gazetteer()
    city = g.resolve(stem, ("city",), lambda: _countries(a.text), inflects(a.lang)) if len(stem) >= 4 else None
    if city is None or city.population < BARE_CITY or not city.region:
        return None
    region = g.places.get("sub:" + city.region)
    if region is None or region.region is not None or fold(region.name) == fold(city.name):
        return None  # a city with a region's status ("Kyiv") is not the region named after it
    return region


@lru_cache(maxsize=None)
def _region_suffix(code: str | None) -> re.Pattern[str] | None:
    own = lang.language(code)
    frags = own.claims.region_suffixes if own is not None else []
    return re.compile(r"^(\w{3,}?)(?:" + "|".join(frags) + r")$", re.IGNORECASE) if frags else None


def _suffixed_region(name: str, a: Article) -> Place | None:
    """The region a one-word name with a region suffix of the article's language names
    ("на Харківщині": the Kharkiv region)."""
    pat = _region_suffix(a.lang)
    m = pat.match(name.strip()) if pat is not None and " " not in name.strip() else None
    return _chief_city_region(m.group(1), a) if m else None


def _after_locative(a: Article, start: int) -> bool:
    """Whether a locative preposition of the article's language comes right before ``start``
    (or one fused with an elided article: "all'"), or a settlement noun ("w mieście")."""
    window = a.text[max(0, start - 24):start]
    if _prep_end(a.lang).search(window) or after_town_noun(a.lang, True).search(window):
        return True  # "in Lyon", "в городе Лион"
    return any(window.casefold().endswith(p.casefold()) for p in _elided(a.lang))


@lru_cache(maxsize=None)
def _prep_end(code: str | None) -> re.Pattern[str]:
    """A locative preposition (one or more words: "w pobliżu") ending right before a name."""
    return re.compile(r"(?<![\w])(?:" + "|".join(re.escape(p) for p in _preps(code)) + r")\s+$", re.IGNORECASE)


def _stated_region(a: Article, e: int) -> Place | None:
    """The first-level region a comma puts right after a site name ("Reno, Nevada")."""
    m = re.match(r",\s*(" + _CAP + r"(?:\s+" + _CAP + r")?)", a.text[e:e + 40])
    if not m:
        return None
    p = gazetteer().resolve(m.group(1), ("region",), lambda: _countries(a.text), inflects(a.lang))
    return p if p is not None and p.region is None and resolve_site(m.group(1), a) is None else None


def _site_region(a: Article, s: int, e: int, name: str) -> Place | None:
    """A first-level region named as the site's region: right after a locative preposition ("au
    Texas", "в Техасе") or after a site and a comma ("Starbase, Texas") - not a region merely
    mentioned ("Florida airports")."""
    if not name[:1].isupper():
        return None
    text = a.text
    place = gazetteer().resolve(text[s:e], ("region",), lambda: _countries(text), inflects(a.lang))
    if place is None or place.region is not None:  # a second-level region is no state
        return None
    if resolve_site(text[s:e], a) is not None:  # the city named like its region is the site
        return None
    before = text[max(0, s - 40):s]
    if re.search(_CAP + r",\s*$", before) or _LOC_BEFORE.search(before):
        return place
    return None


def _strict_preps() -> list[str]:
    """Locative prepositions of every language that are not also name particles ("de", "of",
    "di" make "del sur de Florida" or "the south of X" a place's name, not the site's place)."""
    particles = {p.casefold() for p in lexicon.word_set("place_name_particles")}
    return sorted((p for p in lexicon.word_set("locative_preps") if p.split()[0] not in particles),
                  key=len, reverse=True)


_LOC_BEFORE = re.compile(r"(?<![\w])(?i:" + "|".join(re.escape(p) for p in _strict_preps()) + r")\s+$")


def _place_key(word: str) -> str:
    return norm_name(anyascii(word))


def _levels(a: Article, c: Claim, fact, denied: str | None) -> None:
    """"the province of X", "Provinz X", "X region", "Одеська область": the region/province
    level of the happening's place."""
    text = a.text
    for name, s, e, level in level_phrases(a, c):
        key = _place_key(name)
        if len(key) < 3:
            continue
        region = gazetteer().resolve(name, ("region",), lambda: _countries(text), inflects(a.lang))
        adj = _ADJ_STEM.match(fold(name)) if region is None and _SLAVIC_ADJ.search(name) else None
        if adj and level == "region":  # "obwód charkowski": the region of the city the adjective names
            region = _chief_city_region(adj.group(1), a)
        if region is None and level == "region" and name[:1].isupper():
            # "région de Koursk": a region named by its chief city under the city's exonym, which
            # the gazetteer knows for the city and not for the region
            region = _chief_city_region(name, a)
        if region is not None:
            fact("where", level, name, "@" + region.id, c, s, e, denied_by=denied, subject_label=level,
                 named=named_places(a))
        else:
            fact("where", level, name, key, c, s, e, denied_by=denied, subject_label=level)
