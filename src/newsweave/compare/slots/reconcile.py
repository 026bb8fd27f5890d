"""Whether two place values of the *where* slot agree after all: one place spelled differently
across the event's articles (one key), places the gazetteer relates (the same, one inside the
other), or an article of one side naming the other side's place (a city after a locative
preposition, a site's or a venue's name in another spelling or with a case ending)."""
from __future__ import annotations

import os
import re
from functools import lru_cache
from typing import Sequence

from rapidfuzz import fuzz

from .. import lexicon
from .gazetteer import Place, fold, gazetteer, relation
from .named_places import read_place
from .place import SITE_FUZZ, _strict_preps, site_key
from .records import SlotFact
from .seat import SEAT


def same_name(x: str, y: str) -> bool:
    """Spellings of one place name across languages ("koursk" / "kursk", "odeska" / "odesa")."""
    return x[:4] == y[:4] or (min(len(x), len(y)) >= 4 and fuzz.ratio(x, y) >= 75)


def fold_names(facts: Sequence[SlotFact]) -> None:
    """One key per place spelled differently across the event's articles."""
    reps: list[str] = []
    for f in facts:
        if f.slot == "where" and not f.subject.startswith("in-country:") and not f.key.startswith("@") \
                and f.subject != SEAT:
            for r in reps:
                if same_name(f.key, r):
                    f.key = r
                    break
            else:
                reps.append(f.key)


def fold_cities(facts: Sequence[SlotFact]) -> None:
    """A city's name that several cities bear is read as the one the event's other articles
    name ("Zaragoza": the Spanish city, not the Mexican one the gazetteer also calls so, when
    another article names Saragosse); the name is a site's last word when the site is named
    after its city ("Mercado Central de Zaragoza")."""
    cities = [f for f in facts if f.slot == "where" and f.key.startswith("@city:")]
    for f in cities:
        others = {g.key for g in cities if g.article != f.article}
        if f.key in others:
            continue
        words_ = f.text.split()
        reads = {"@" + p.id: p for n in dict.fromkeys([f.text, words_[-1] if words_ else ""]) if n
                 for p in read_place(n) if p.level == "city"}
        alt = [k for k in reads if k in others]
        if len(alt) == 1:
            f.key, f.value = alt[0], reads[alt[0]].name


def reconciled(subject: str, major: Sequence[SlotFact], f: SlotFact, folded: dict[str, str]) -> bool:
    """Whether a minority place value ``f`` agrees with the majority after all. For two places
    the gazetteer knows: the same place, one inside the other, levels it cannot compare, or an
    article of one side naming the other side's place - anywhere outside person/organisation
    mentions for a city or a region ("Sokil Lviv" is a club; "from Mandalay" names the city,
    not the region), only after a locative preposition for the state of a site (states are
    named in passing: "Florida airports"). For other names, an article of one side naming the
    other's place at all."""
    g = gazetteer()
    if f.key.startswith("@") and major[0].key.startswith("@"):
        mine, theirs = g.places[f.key[1:]], g.places[major[0].key[1:]]
        if relation(g, mine, theirs) != "disjoint":
            return True
        anywhere = subject != "site-region"

        def names(x: SlotFact, place: Place) -> bool:
            return place.id in located(folded.get(x.article, "")) or (anywhere and place.id in x.named)
        return names(f, theirs) or any(names(m, mine) for m in major)
    placed = [x for x in [f, *major] if x.key.startswith("@")]
    if placed and any(same_name(site_key(x.text), k) for x in placed for k in {f.key, major[0].key} - {x.key}):
        return True  # one name the gazetteer knows, the other its exonym ("Piedmont" / "Piemonte")
    named = names_venue if subject == "venue" else names_site if subject == "site" else names_place
    return named(major, folded.get(f.article, "")) or any(named([f], folded.get(m.article, "")) for m in major)


_FOLDED_PREPS = sorted({fold(p) for p in _strict_preps()} - {""}, key=len, reverse=True)
# an article or a name particle between the preposition and the name ("in the", "dans la")
_PARTICLES = sorted({fold(p) for p in lexicon.word_set("place_name_particles")} - {""}, key=len, reverse=True)
_LOCATED = re.compile(r"\b(?:" + "|".join(re.escape(p) for p in _FOLDED_PREPS) + r")\s+(?:(?:"
                      + "|".join(re.escape(p) for p in _PARTICLES) + r")\s+)?(\w+(?:\s+\w+)?)")


@lru_cache(maxsize=256)
def located(folded_text: str) -> frozenset[str]:
    """Ids of the places an (ASCII-folded) text names right after a locative preposition of any
    language, as one word or two ("in lviv", "vo lvove", "w sankt petersburg")."""
    out: set[str] = set()
    for m in _LOCATED.finditer(folded_text.replace("'", "").replace("’", "")):
        words_ = m.group(1).split()
        for n in range(1, len(words_) + 1):
            cand = " ".join(words_[:n])
            if len(cand) >= 4:
                out |= {p.id for p in read_place(cand)}
    return frozenset(out)


def _name_keys(f: SlotFact) -> list[str]:
    """The words a site fact's name is matched by: its key, or for a gazetteer place the
    name as written and the place's own name."""
    if not f.key.startswith("@"):
        return f.key.split()
    return site_key(f.text).split() + site_key(f.value).split()


_LOOSE = (("kh", "h"), ("y", "i"), ("w", "v"), ("j", "i"), ("ii", "i"))


def _loose(w: str) -> str:
    """A folded word with the letters transliterations of one Cyrillic name disagree on made
    alike ("kryvyi" / "kriviy", "kharkiv" / "harkiv"), so that two spellings meet."""
    for x, y in _LOOSE:
        w = w.replace(x, y)
    return w


def _word_names(w: str, kw: str) -> bool:
    """Whether text word ``w`` names name word ``kw``: one word with two endings, in either
    transliteration, or spelled alike (see :func:`names_site`)."""
    return _same_stem(w, kw) or _same_stem(_loose(w), _loose(kw)) or fuzz.ratio(w, kw) >= SITE_FUZZ


def names_site(fs: Sequence[SlotFact], text: str) -> bool:
    """Whether ``text`` (ASCII-folded) names the site of one of the facts: a word that is a word
    of the site's name with another ending (a case ending: "krakowie" / "krakow"; not a compound
    that only starts with it: "kremlchef" does not name the Kremlin) or is spelled alike (another
    language's spelling: "krakau", "kongress" / "congreso")."""
    found = {w for w in re.findall(r"\w+", re.sub(r"['’]", "", text)) if len(w) >= 4}
    for f in fs:
        for kw in _name_keys(f):
            if len(kw) >= 4 and any(_word_names(w, kw) for w in found):
                return True
    return False


def names_venue(fs: Sequence[SlotFact], text: str) -> bool:
    """Whether ``text`` (ASCII-folded) names the venue of one of the facts: at least half the
    words of its name, each as :func:`names_site` finds one (one short word alike - "alle" for
    "Halle" - does not name a venue of three words)."""
    found = {w for w in re.findall(r"\w+", re.sub(r"['’]", "", text)) if len(w) >= 4}
    for f in fs:
        kws = [k for k in f.key.split() if len(k) >= 4]
        hits = sum(1 for kw in kws if any(_word_names(w, kw) for w in found))
        if kws and 2 * hits >= len(kws):
            return True
    return False


ENDING = 3  # letters an inflection or a derived ending adds to a place name ("-owie", "-er")


def _same_stem(w: str, kw: str) -> bool:
    """One word with two endings: a shared start of four letters or more, and at most ENDING
    letters after it on each side."""
    n = len(os.path.commonprefix([w, kw]))
    return n >= 4 and len(w) - n <= ENDING and len(kw) - n <= ENDING


def names_place(fs: Sequence[SlotFact], text: str) -> bool:
    """Whether ``text`` names the place of one of the facts (its first five letters), in either
    transliteration of a Cyrillic name ("prymorskyi" / "primorskii")."""
    loose = _loose(text)
    return any(len(k) >= 4 and (k[:5] in text or _loose(k)[:5] in loose)
               for f in fs for k in [" ".join(_name_keys(f))])


