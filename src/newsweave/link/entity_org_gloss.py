"""A language-free key for organisation names made of translated type words: "Sąd Najwyższy
Pakistanu" = "Верховный суд Пакистана" = "Supreme Court of Pakistan" (supreme + court + the
Pakistan anchor), "Vereinigung Cockpit" = "Zrzeszenie Cockpit" (association + the name
transliterated), "Organisation météorologique mondiale" = "Всемирная метеорологическая
организация" (world + meteorology + organisation).

Each word of the name is read by the language's ``LinkSection.org_glosses`` table (stems of an
English concept word; German compounds are read stem by stem), a gazetteer place (its anchor)
or, for any other capitalised word, its phonetic key.  A key made of type words alone names an
organisation of some country unless one of its words is supranational ("world",
"international", "European", "Arab", "nations"): a bare "Ministry of Defence" gets no key, as
every country has one; "Ministry of Defence of Poland" does."""
from __future__ import annotations

import re
from collections import Counter, defaultdict

from .. import lang as langs
from ..enrich import ner_gazetteer as gaz
from ..enrich.ner_lang import ner_data
from ..enrich.ner_org_words import ELIDED, type_word_concepts
from .entity_keys import WORD, token_keys
from .translit import script_of

_COUNTRY = re.compile(r"cldr:(?!EU|UN|EZ|QO)[A-Z]{2}")  # a CLDR country (not a union of them)
# concepts that name one organisation the world over, without a country
_SUPRANATIONAL = frozenset({"world", "intl", "europe", "nations", "arab"})


def org_gloss_key(text: str, base: str, lang: str | None, country: str | None = None) -> str | None:
    """The key of an organisation name, or None when the name holds no translated type word or
    holds a lower-case word the table does not read.  A name of type words alone, none
    supranational, is one country's body: keyed with ``country`` (the country its article is
    about), None without one.  A name no word of which the language's table reads may be
    written in another language ("Vereinigung Cockpit" in a Czech text): the first other table
    that reads it keys it."""
    words = [ELIDED.sub("", w) or w for w in WORD.findall(text)]  # "de l'Uruguay"
    lemmas = WORD.findall(base)
    read = _read(words, lemmas, lang, lang)
    if read is None or not read[0]:
        read = next((r for code in langs.LANGUAGES if code != lang
                     and (r := _read(words, lemmas, lang, code)) is not None and r[0]), read)
    if read is None:
        return None
    concepts, names = read
    if not concepts or len(concepts) + len(names) < 2:
        return None
    if not names and not _SUPRANATIONAL & set(concepts):
        if country is None:
            return None
        names.append("@" + country)
    return "T|" + "+".join(sorted(set(concepts)) + ["|" + n for n in sorted(names)])


def _read(words: list[str], lemmas: list[str], lang: str | None,
          table: str | None) -> tuple[list[str], list[str]] | None:
    """The concepts (by the ``table`` language's type words) and the name parts (places'
    anchors, other capitalised words' keys) of a name in ``lang``; None at an unread
    lower-case word."""
    conn = ner_data(lang).conn | ner_data(table).conn
    concepts: list[str] = []
    names: list[str] = []
    for k, word in enumerate(words):
        g = type_word_concepts(word, table)
        if g is not None:
            concepts += [c for c in g if c != "-"]
            continue
        if word in conn or word.lower() in conn or len(word) <= 3 and word.islower():
            continue
        if not word[:1].isupper():
            return None  # an unread common word: the name is more than type words
        hit = gaz.lookup(word, lang) or (gaz.lookup(lemmas[k], lang) if len(lemmas) == len(words)
                                         else None)  # "Пакистана" → "Пакистан"
        if hit:
            names.append("@" + hit[0])
            continue
        # (a Latin-script name read the English way in every Latin-script language: a foreign
        # name's spelling is kept, "Cockpit" is no Polish "Tsotskpit")
        toks = token_keys(word, None if script_of(word) == "latin" else lang)
        if not toks:
            return None
        names.append("".join(toks))
    return concepts, names


def retype_org_heads(items) -> None:
    """A "person" whose first word is an organisation's type word in its language or another
    ("Vereinigung X" in a Czech text, "Zrzeszenie X") is an organisation: retyped before it is
    keyed, so its short forms and initials find it.  (A stem of five letters or more, followed
    by two letters at most: a given name such as "Radimir" is no inflected "rada".)"""
    for _a, m, lang, _base in items:
        if m.type != "PER":
            continue
        words = WORD.findall(m.text)
        if len(words) >= 2 and words[0][:1].isupper() and any(
                type_word_concepts(words[0], code, slack=2, min_stem=5) is not None
                for code in (lang, *langs.LANGUAGES)):
            m.type = "ORG"


def _article_country(nodes: list[str], anchors: dict[str, str]) -> str | None:
    """The country an article is about: the one country anchor named at least twice and in
    more than half of its country mentions ("Верховный суд" in a report on Pakistan)."""
    counts = Counter(anchors[nd] for nd in nodes if nd in anchors)
    if not counts:
        return None
    top, n = counts.most_common(1)[0]
    return top if n >= 2 and n > sum(counts.values()) / 2 else None


def gloss_unions(items, node_of: list[str], info: dict, uf) -> None:
    """Join each organisation mention's node to its gloss key (whatever its type: a "person"
    or "place" named by type words alone is an organisation), one article at a time."""
    anchors = {nd: nd[2:] for nd, d in info.items()
               if nd.startswith("A|") and _COUNTRY.fullmatch(nd[2:]) and d["cldr"][1] == "LOC"}
    # a city or region names its country too ("Тбилиси" in a report on Georgia)
    anchors.update({nd: "cldr:" + d["geo"].country for nd, d in info.items()
                    if nd not in anchors and nd.startswith(("A|", "G|")) and d.get("geo") is not None
                    and d["geo"].country})
    keyed: dict[str, set[str]] = defaultdict(set)  # gloss key -> the nodes joined to it
    countries: dict[str, tuple[int, dict[str, int]]] = {}  # body -> (guard group, its countries)
    by_article: dict[int, list[int]] = defaultdict(list)
    for idx, item in enumerate(items):
        by_article[id(item[0])].append(idx)
    for idxs in by_article.values():
        country = None
        for idx in idxs:
            _a, m, lang, base = items[idx]
            node = node_of[idx]
            if node[:2] not in ("N|", "A|", "P|") or node.startswith("N|^"):
                continue
            if country is None:
                country = _article_country([node_of[j] for j in idxs], anchors) or ""
            gkey = org_gloss_key(m.text, base, lang, country or None)
            if gkey and (m.type == "ORG" or "|" not in gkey[2:]):
                body, _, land = gkey.partition("+|@")
                if land and "+|" not in land and gkey not in keyed:
                    # one body of two countries ("Минздрав России" / "Минздрав Украины") is
                    # two organisations, whatever fuzzy chain links their names
                    group = countries.setdefault(body, (-1 - len(countries), {}))
                    uf.keep_apart(gkey, group[0], group[1].setdefault(land, len(group[1])))
                uf.union(node, gkey)
                keyed[gkey].add(node)
    _join_bare_names(keyed, info, uf)


def _join_bare_names(keyed: dict[str, set[str]], info: dict, uf) -> None:
    """The name of a type word + name organisation written alone ("Cockpit" for "Vereinigung
    Cockpit") is that organisation, when one key only holds that name, the name alone is an
    organisation and not far more frequent than the long form (else it is an entity of its
    own: "X" beside "X Bank")."""
    by_name: dict[str, list[str]] = defaultdict(list)
    for gkey in keyed:
        parts = gkey[2:].split("+|")
        if len(parts) == 2 and "+" not in parts[1] and not parts[1].startswith("@"):
            by_name[parts[1]].append(gkey)
    for name, gkeys in by_name.items():
        d = info.get("N|" + name)
        if len(gkeys) != 1 or d is None or d["types"].most_common(1)[0][0] != "ORG":
            continue
        if d["n"] <= 2 * sum(info[nd]["n"] for nd in keyed[gkeys[0]]) \
                and not uf.conflict("N|" + name, gkeys[0]):
            uf.union("N|" + name, gkeys[0])
