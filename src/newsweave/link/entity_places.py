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
from .entity_keys import WORD, dictionary_lemma, link_data
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
    if len(found) != 1:
        return None
    place = next(iter(found.values()))
    demonym = link_data(lang).demonym
    if end and place.level == "city" and demonym and demonym.search(text.lower()) \
            and not any(unambiguous(f, False) for f in forms if f.strip()):
        return None  # an inhabitant name read as a city through a case ending ("Američanom")
    return place


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


def given_name_places(items, idxs: list[int], node_of: list[str], info: dict) -> dict[int, str]:
    """Within one article, a lone word read as a place that is the given name of a person the
    article names in full ("Georgia" beside "Georgia Lennox"; the gazetteer makes it the
    country): that person (index → the full name's node), when the full name is written at
    least as often as the lone word and three times in the corpus (a place glued to a word,
    "Praha Pandemie" read as a person, is no full name); else the place stays."""
    given: dict[str, Counter] = {}
    for j in idxs:
        if node_of[j].startswith("P|") and info[node_of[j]]["n"] >= 3:
            words = WORD.findall(items[j][3])
            if len(words) >= 2:
                given.setdefault(words[0].casefold(), Counter())[node_of[j]] += 1
    if not given:
        return {}
    lone: dict[int, str] = {}
    for j in idxs:
        m = items[j][1]
        if node_of[j].startswith(("A|", PREFIX)) and m.type != "PER" and len(WORD.findall(m.text)) == 1:
            form = next((f for f in (items[j][3].casefold(), m.text.casefold()) if f in given), None)
            if form:
                lone[j] = form
    per_form = Counter(lone.values())
    out: dict[int, str] = {}
    for j, form in lone.items():
        if sum(given[form].values()) >= per_form[form]:
            out[j] = given[form].most_common(1)[0][0]
    return out
