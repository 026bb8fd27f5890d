"""The exonym key of place mentions: the gazetteer place a name denotes beyond doubt.

One place is written in many ways across languages and scripts ("Lviv" / "Львов" / "Leópolis" /
"Lwów", "Yangon" / "Rangún"); no phonetic key joins those, the gazetteer's other names do.  Two
place mentions with the same gazetteer id link ("exonym key: same gazetteer place"), two with
different ids never do (a cannot-link guard in :class:`GuardedUnionFind`).  A name is read only
where :func:`gazetteer.unambiguous` finds one place, and a city only when it is a large one: a
bare capitalised word matching a small town somewhere is no evidence of a place.
"""
from __future__ import annotations

from collections import Counter

from .. import lang as langs
from ..enrich import ner_gazetteer as gaz
from ..compare.slots.gazetteer import Place, unambiguous
from .entity_keys import dictionary_lemma, link_data
from .entity_unionfind import GuardedUnionFind

# the smallest city keyed (same floor as compare.slots.place.BARE_CITY): names other languages
# write their own way are those of large cities; a small one matched by a word is a chance hit
MIN_CITY = 100_000
PREFIX = "G|"  # node prefix of a gazetteer place (see GuardedUnionFind: one place per cluster)
WHY = "exonym key: same gazetteer place"


def inflects(code: str | None) -> bool:
    """Whether the language puts case endings on place names (it has a lemmatiser)."""
    own = langs.language(code)
    return bool(own is not None and own.ner.lemmatizer)


def place_of(text: str, base: str, lang: str | None) -> Place | None:
    """The gazetteer place of a mention (its lemma, its text, the plain dictionary lemma where
    the language has one: "Lwowem" → "Lwów"), or None when the forms disagree or none resolves."""
    forms = dict.fromkeys([base, text])
    if link_data(lang).section.dictionary_lemma:
        forms[dictionary_lemma(text, lang)] = None
    end = inflects(lang)
    found = {p.id: p for p in (unambiguous(f, end) for f in forms if f.strip()) if p is not None
             and (p.level != "city" or p.population >= MIN_CITY)}
    return next(iter(found.values())) if len(found) == 1 else None


def capitalised_place(text: str, lang: str | None) -> str | None:
    """A word written in capitals that is a place name once written as a name ("МОСКВА" →
    "Москва", "KYJIV" → "Kyjiv"), for datelines and headlines; None for acronyms ("NATO")."""
    title = text.title()
    hit = gaz.lookup(title, lang)
    if hit is not None:
        return title if hit[1] == "LOC" else None
    return title if place_of(title, title, lang) is not None else None


def same_as_anchor(anchor: str, place: Place) -> bool:
    """Whether a CLDR anchor id and a gazetteer place can be one place: a country code and that
    country, an exemplar city and a city (not "cldr:GB" and the region England, which a fuzzy
    CLDR match of "Англии" gives)."""
    if anchor.startswith("cldr:city:"):
        return place.level == "city"
    return place.id == "country:" + anchor.removeprefix("cldr:")


def place_node(place: Place) -> str:
    """The union-find node of a gazetteer place."""
    return PREFIX + place.id


def explain(nodes: set[str]) -> list[str]:
    """Why a cluster's names are one entity, as far as the exonym key is concerned (stored with
    the entity: "exonym key: same gazetteer place city:2867714")."""
    return [f"{WHY} {nd[len(PREFIX):]}" for nd in sorted(nodes) if nd.startswith(PREFIX)]


def join_lone_names(info: dict, uf: GuardedUnionFind) -> None:
    """A lone word typed as a person that no full name of the corpus bears and that names a
    gazetteer place beyond doubt ("Rangún" tagged PER) is that place: its node joins the place's
    (the node's ``"geo"`` was noted when keyed)."""
    with_person = {uf.find(nd) for nd, d in info.items() if nd.startswith("P|") and d["n"]}
    for nd, d in list(info.items()):
        place = d.get("geo")
        if not nd.startswith("S|") or place is None or not d["n"] or uf.find(nd) in with_person:
            continue
        gnode = place_node(place)
        if gnode not in info:
            info[gnode] = {"n": 0, "types": Counter(), "forms": Counter(d["forms"]), "toks": d["toks"],
                           "lang": d["lang"], "texts": Counter(), "geo": place}
        uf.union(nd, gnode)
