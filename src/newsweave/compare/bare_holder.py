"""The holder of a title the recogniser did not mark as a person: "Mayor Tamsin Roke", "по словам
мэра Тамары Роковой", "la directrice de l'hôpital Ilona Sart", "the mayor, Tamsin Roke," read
from the capitalised words after the title when no person mention is there (the recogniser drops
unfamiliar names, inflected ones most). Capitalised words right after a linking word ("of New
Zealand", "for Air France", "von Bad Ischl") are the title's complement, not its holder; a place,
a month or a weekday, an acronym, or words inside another mention are no holder either."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Sequence

from .. import lang
from ..model import Mention
from . import lexicon
from ..enrich.ner_models import morph_parse
from .claim_records import norm_name

_UP = "A-ZÀ-ÖØ-ÞА-ЯЁІЇЄҐŁŚŻŹĆŃŠČŽŘ"
_LOW = "a-zß-öø-ÿа-яёіїєґłśżźćńšžčřąęóěůý"
_NAME = r"[" + _UP + r"][" + _LOW + r"'’]+(?:-[" + _UP + r"][" + _LOW + r"'’]+)?"  # "Tamsin", "Jean-Luc"
# the words between a title and its holder: lower-case words (a genitive or a complement: "транспорта",
# "de l'hôpital", "of the city"), up to this many
GAP_WORDS = 4
_AFTER = re.compile(r"(?P<gap>(?:\s*[" + _LOW + r"][" + _LOW + r"-]*(?:['’]|\s+|(?=\s*,))){0," + str(GAP_WORDS) + r"}?)"
                    r"\s*(?P<comma>,\s*)?(?P<name>" + _NAME + r"(?:\s+" + _NAME + r"){1,2})(?![\w'’-])")


@lru_cache(maxsize=1)
def _link_end() -> re.Pattern[str]:
    """A gap ending with a linking word or an article ("of", "de l'", "for", "von", "the"):
    what follows it is the title's complement."""
    frags = "|".join(f"(?:{lexicon.fragments(n)})" for n in ("role_org_links", "portfolio_links",
                                                                 "apposition_determiners"))
    return re.compile(r"(?:^|(?<![\w'’]))(?:" + frags + r")\s*$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _link_start() -> re.Pattern[str]:
    frags = "|".join(f"(?:{lexicon.fragments(n)})" for n in ("role_org_links", "portfolio_links",
                                                                 "apposition_determiners"))
    return re.compile(r"\s*(?:" + frags + r")(?:\s+|(?<=['’]))", re.IGNORECASE)


@lru_cache(maxsize=1)
def _not_names() -> frozenset[str]:
    """Weekdays and months of every language, case-folded: "Montag", "Ende Mai" name no one."""
    out: set[str] = set()
    for l in lang.languages():
        out |= {w.casefold() for w in l.time.weekdays}
        out |= {w.casefold() for w in getattr(l.time, "months", {}) or {}}
    return frozenset(out)


def _place(name: str) -> bool:
    from .slots.gazetteer import lookup  # the gazetteer loads lazily; claims without titles never need it
    return bool(lexicon.find_countries(name)) or bool(lookup(name, ("city", "region", "country")))


def _complement(gap: str, code: str | None) -> bool:
    """Whether the lower-case words between a title and a name are the title's complement: none;
    a linking word first ("de l'hôpital", "of the city", "der Stadt"); or only words naming a
    portfolio or a place's kind ("transportu", "области"), or nouns in the genitive where the
    language has an analyser ("шахты", "лікарні")."""
    from .slots import words  # the slot package imports the claims that import this module
    ws = re.findall(r"[\w'’-]+", gap)
    if not ws or _link_start().match(gap):
        return True
    own = lang.language(code)
    morph = own is not None and own.ner.lemmatizer == "pymorphy3"
    for w in ws:
        if list(words.portfolio_index().find(w)) or lexicon.words("place_nouns").fullmatch(w):
            continue
        if morph and any(p.tag.POS == "NOUN" and p.tag.case == "gent" for p in morph_parse(w, own.code)[:2]):
            continue
        return False
    return True


def bare_holder(text: str, base: int, after: int, ments: Sequence[Mention], code: str | None = None
                ) -> tuple[str, str, int, int] | None:
    """(key, name, start, end) of the holder named right after a title ending at ``after`` (an
    offset in the article; ``text`` is the clause starting at ``base``), or None."""
    m = _AFTER.match(text, after - base)
    if m is None:
        return None
    gap = m.group("gap")
    if (m.group("comma") and gap.strip()) or not _complement(gap, code):
        return None  # "met the mayor, X": a verb's object; "the minister met X"
    words = m.group("name").split()
    if (gap.strip() or m.group("comma")) and _link_end().search(gap.rstrip(" ,")) and not m.group("comma"):
        if len(words) < 3:
            return None  # "of New Zealand", "for Air France": the complement
        words = words[-2:]  # "de l'Intérieur Jean Dupont": the complement's word, then the holder
    elif len(words) == 3 and not m.group("comma"):
        words = words[-2:] if words[0].casefold() in _not_names() else words
    name = " ".join(words)
    s = base + m.end("name") - len(name)
    e = base + m.end("name")
    if any(w.casefold() in _not_names() for w in words) or _place(name):
        return None
    if any(x.start < e and s < x.end for x in ments if x.type != "PER"):
        return None  # another mention's words: an organisation, a place, a work
    return "n:" + norm_name(name), name, s, e
