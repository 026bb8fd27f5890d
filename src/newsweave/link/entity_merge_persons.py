"""Cross-document merging of person names: full names by surname and given name (also across
scripts and spelling conventions), surname-only mentions by the dominant full name."""
from __future__ import annotations

import re
from collections import Counter, defaultdict

from rapidfuzz.fuzz import ratio

from . import entity_given_names as gnames
from ..enrich.ner_lexicon import is_common_word
from .entity_keys import WORD, loose_token_key, short_stem_key, stem, vowel_key
from .entity_unionfind import GuardedUnionFind
from .translit import READINGS, fold, romanizations, script_of, skeleton_token


_MARKED_SLAVIC = re.compile(r"[łśżźćńąęřěů]|rz|sz|cz", re.IGNORECASE)
# the conventions a Latin-script name may follow whatever the language of the text: English,
# French and German transliteration, Spanish (j = /x/, silent h), and the readings of
# :data:`translit.READINGS` (Italian rules, French silent finals, German initial v = /f/)
_LATIN_READINGS = ("en", "fr", "de", "es", *READINGS)


def _readings(d: dict) -> tuple[str, str | None, list[str], tuple] | None:
    """(script, lang, words, spelling languages to read it in) of a person node's main form;
    a Latin form is read in the conventions of :data:`_LATIN_READINGS` as well as its own, and
    with Polish rules when it bears Polish/Czech letters or digraphs ("Małgorzata",
    "Grzegorz").  None when the form has no given name or no clear script."""
    (form, lang), _ = d["forms"].most_common(1)[0]
    words = WORD.findall(form)
    sc = script_of(form)
    if len(words) < 2 or sc is None:
        return None
    if sc != "latin":
        return sc, lang, words, (lang,)
    marked = ("pl",) if _MARKED_SLAVIC.search(form) else ()
    return sc, lang, words, (*_LATIN_READINGS, lang, *marked)


def _given_keys(words: list[str], langs: tuple, own: str | None) -> set[str]:
    """Keys of the given names under each reading; the text's own reading (``own``) adds the
    listed variants (:mod:`entity_given_names`: "Микола" = "Николай", "Елена" = "Yelena")."""
    given = words[:-1]
    out: set[str] = set()
    for lg in dict.fromkeys((own, *langs)):
        keys = [skeleton_token(w, lg) for w in given]
        # (a one-consonant key counts when the word has 3 letters: "Joe" = "Джо")
        if not keys or not keys[0] or len("".join(keys)) < 2 and len(given[0]) < 3:
            continue
        for first in gnames.variants(given[0], keys[0]) if lg == own else (keys[0],):
            out.add(" ".join([first, *(k for k in keys[1:] if k)]))
    return out


def _given_aliases(g: str, word: str) -> set[str]:
    """The keys a node's first given-name key stands for (see :func:`gnames.variants`)."""
    return gnames.variants(word, g)


def merge_persons(info: dict, uf: GuardedUnionFind) -> None:
    """Multi-word persons: same surname key and compatible given names."""
    by_surname: dict[str, list[str]] = defaultdict(list)
    for node, d in info.items():
        if node.startswith("P|"):
            by_surname[d["toks"][-1]].append(node)
    for sur, nodes in by_surname.items():
        if len(nodes) < 2:
            continue
        full = [n for n in nodes if len(given_names(info[n])) and len(given_names(info[n])[0]) > 1]
        initials = [n for n in nodes if n not in full]
        # full given names: union when given-name keys agree (or vowel keys are close)
        by_given: dict[str, list[str]] = defaultdict(list)
        for n in full:
            by_given[info[n]["toks"][0]].append(n)
        givens = list(by_given)
        for g, ns in by_given.items():
            for n in ns[1:]:
                uf.union(ns[0], n)
        spell = {}
        for g in givens:
            d = info[by_given[g][0]]
            spell[g] = set()
            for (form, lang), _ in [*d["forms"].most_common(2), *d["texts"].most_common(2)]:
                words = WORD.findall(form)
                if len(words) >= 2:
                    spell[g] |= {fold(words[0])} | {fold(r) for r in romanizations(words[0], lang)}
        # cross-script given names read in the writing conventions of the Latin form's
        # likely origin ("Jean-Claude" read as French = "Жан-Клод", "Michel" = "Мишел")
        xkeys: dict[str, tuple[str | None, set[str]]] = {}
        for g in givens:
            reading = _readings(info[by_given[g][0]])
            if reading is not None:
                sc, _lang, words, langs = reading
                xkeys[g] = (sc, _given_keys(words, langs, _lang))
        alias = {g: _given_aliases(g, given_names_of(info[by_given[g][0]])) for g in givens}
        for i, g1 in enumerate(givens):
            for g2 in givens[i + 1:]:
                x1, x2 = xkeys.get(g1), xkeys.get(g2)
                if x1 and x2 and x1[0] != x2[0] and x1[1] & x2[1] or alias[g1] & alias[g2]:
                    uf.union(by_given[g1][0], by_given[g2][0])
                    continue
                if g1[:1] != g2[:1]:
                    continue
                # (keys of three letters one letter apart are two names: "Aram"/"Armen",
                # "Zsolt"/"Zoltán")
                if min(len(g1), len(g2)) >= 4 and ratio(g1, g2) >= 85 or any(
                        ratio(x, y) >= (80 if min(len(x), len(y)) >= 7 else 85)
                        for x in spell[g1] for y in spell[g2]):
                    uf.union(by_given[g1][0], by_given[g2][0])
        # initials ("T. May") attach to the most frequent compatible full name (no chaining)
        for n in initials:
            ini = info[n]["toks"][0][:1]
            best = max((m for m in full if info[m]["toks"][0][:1] == ini),
                       key=lambda m: info[m]["n"], default=None)
            if best:
                uf.union(n, best)


def merge_persons_xscript(info: dict, uf: GuardedUnionFind) -> None:
    """Full names spelt in different conventions or scripts ("Jean-Claude Juncker" in a Polish
    text = "Жан-Клод Юнкер", "Volodymyr Savciuk" = "Savchuk", "Joaquín Herrera" = "Хоакин
    Эррера"): a Latin name is read in several conventions (:func:`_readings`); two names with
    a surname key (≥ 3 letters, else its key with vowels) and a given-name key in common under
    some reading join, as do two nodes of one spelling."""
    buckets: dict[str, list[tuple[str, set[str]]]] = defaultdict(list)
    for node, d in info.items():
        if not node.startswith("P|") or len(d["toks"]) < 2:
            continue
        reading = _readings(d)
        if reading is None:
            continue
        sc, lang, words, langs = reading
        gks = _given_keys(words, langs, lang)
        sur = stem(words[-1], lang)
        sks = set()
        for lg in langs:
            sk = skeleton_token(sur, lg)
            # a short key ("Herrera" read in Spanish, "Эррера": "@r") buckets with its vowels
            sks.add(sk if len(sk) >= 3 else "~" + skeleton_token(sur, lg, True))
        for sk in sks:
            if len(sk) >= 3:
                buckets[sk].append((node, gks))
        # one spelling in several languages' texts ("Thura Min Htet" in en, es and fr) is one
        # name whatever each language's rules make of it
        buckets["=" + fold(" ".join(words))].append((node, {"="}))
    for sk, entries in buckets.items():
        if len(entries) < 2 or len(entries) > 120:
            continue  # (a very common surname key: left to the stricter passes)
        for i, (n1, g1) in enumerate(entries):
            for n2, g2 in entries[i + 1:]:
                if g1 & g2:
                    uf.union(n1, n2)


def merge_person_prefixes(info: dict, uf: GuardedUnionFind) -> None:
    """Same given name, surname keys one consonant apart at the end ("Barnier" / "Барнье":
    the silent French -r; "Mayová" handled by stemming): a second, stricter pass."""
    by_given: dict[str, list[str]] = defaultdict(list)
    for node, d in info.items():
        if node.startswith("P|") and len(d["toks"]) >= 2 and len(d["toks"][0]) >= 2:
            by_given[d["toks"][0]].append(node)
    for g, nodes in by_given.items():
        if len(nodes) < 2 or len(nodes) > 400:
            continue
        by_sur = defaultdict(list)
        for n in nodes:
            by_sur[info[n]["toks"][-1]].append(n)
        for sur, ns in by_sur.items():
            if len(sur) < 3:
                continue
            for sur2 in (s for s in by_sur if len(s) == len(sur) + 1 and s.startswith(sur)):
                uf.union(ns[0], by_sur[sur2][0])


def given_names_of(d: dict) -> str:
    """The first given name of a person node's main form ("" when it has none)."""
    words = given_names(d)
    return words[0] if words else ""


def given_names(d: dict) -> list[str]:
    base, lang = d["forms"].most_common(1)[0][0]
    words = WORD.findall(base)
    return words[:-1]


def _surname_vowels(d: dict) -> set[str]:
    """Vowel keys of a node's surname (its family name when written first) in its forms."""
    out = set()
    for (base, lang) in d["forms"]:
        words = WORD.findall(base)
        if words:
            out.add(vowel_key(words[0 if d.get("family_first") and len(words) > 1 else -1], lang))
    return out


def _same_vowels(d: dict, cands: Counter, info: dict, uf: GuardedUnionFind) -> Counter:
    """Clusters of ``cands`` whose surname has the vowels of the lone name ``d``: a key of one
    consonant is shared by too many short names ("Йон" / "Yang" / "Yeon" all key "n")."""
    mine = _surname_vowels(d)
    vowels: dict[str, set[str]] = defaultdict(set)
    for nd, dd in info.items():
        if nd.startswith("P|") and uf.find(nd) in cands:
            vowels[uf.find(nd)] |= _surname_vowels(dd)
    return Counter({r: c for r, c in cands.items() if mine & vowels[r]})


def merge_singles(info: dict, uf: GuardedUnionFind) -> None:
    """Lone surnames never attached in their article: the dominant full name, if any.  A
    one-word name already a minority of a bigger cluster ("Lahaur" inside Lahore) never joins a
    person as a surname: it would drag the whole cluster along (a cannot-link guard)."""
    size: Counter = Counter()
    for node, d in info.items():
        size[uf.find(node)] += d["n"]

    def own(node: str) -> bool:
        return 2 * info[node]["n"] >= size[uf.find(node)]

    surname_nodes: dict[str, Counter] = defaultdict(Counter)
    for node, d in info.items():
        if node.startswith("P|"):  # (family name first: "Lee Ji-hoon" is "Lee", not "Hoon")
            surname_nodes[d["toks"][0 if d.get("family_first") else -1]][uf.find(node)] += d["n"]
    others: dict[str, str] = {}
    for node, d in sorted(info.items(), key=lambda kv: kv[1]["n"]):
        if node.startswith(("N|", "A|", "G|")) and d.get("toks") and len(d["toks"]) == 1:
            others[d["toks"][0]] = node  # the most frequent one per key wins
    for node, d in list(info.items()):
        if not node.startswith("S|") or d["n"] == 0:
            continue
        key = node[2:]
        cands = surname_nodes.get(key)
        if cands and len(key) == 1:
            cands = _same_vowels(d, cands, info, uf)
        if cands:
            top, cnt = cands.most_common(1)[0]
            if cnt >= 0.7 * sum(cands.values()) and cnt >= d["n"]:
                uf.union(node, top)
                continue
        other = others.get(key)
        # a place/org mis-typed as a person (always so when no full name has this surname)
        if other and (info[other]["n"] >= d["n"] or not cands) and own(other):
            uf.union(node, other)
    # the other way round: a one-word place/org that is really a frequent person's surname
    # ("Биби" typed LOC), and multi-word names typed both ways
    joined = {"".join(d["toks"]): nd for nd, d in info.items() if nd.startswith("P|")}
    for key, node in others.items():
        cands = surname_nodes.get(key)
        if cands and len(key) == 1:
            cands = _same_vowels(info[node], cands, info, uf)
        if cands:
            top, cnt = cands.most_common(1)[0]
            if cnt >= 0.7 * sum(cands.values()) and info[node]["n"] <= cnt and own(node):
                uf.union(node, top)
    for node, d in info.items():
        if node.startswith("N|") and d.get("toks") and len(d["toks"]) >= 2:
            p = joined.get("".join(d["toks"]))
            if p:
                uf.union(node, p)


def merge_persons_loose(info: dict, uf: GuardedUnionFind) -> None:
    """Multi-word persons whose every word has the same loose key (:func:`loose_token_key`:
    silent h, g/k and initial w/v not told apart) under the spelling rules of some language of
    their own script or English — transliteration variants such as "Abdelkarim Haddadi" /
    "Abdelkarim Gaddadi" / "Абделькарим Хаддади".  The given names must agree as well, the
    surname key must keep 3 letters; particles are left out ("Muamar el Gadafi")."""
    by_key: dict[tuple[str, ...], set[str]] = defaultdict(set)
    for node, d in info.items():
        if not node.startswith("P|") or d["n"] == 0:
            continue
        (form, lang), _ = d["forms"].most_common(1)[0]
        words = [w for w in WORD.findall(form) if w[:1].isupper()]  # particles aside ("el")
        if len(words) < 2:
            continue
        for lg in {lang, "en"}:
            keys = tuple(loose_token_key(w, lg) for w in words)
            if all(keys) and len(keys[-1]) >= 3:
                by_key[keys].add(node)
    for keys, nodes in by_key.items():
        roots = {uf.find(n) for n in nodes}
        if len(roots) >= 2:
            first, *rest = sorted(nodes)
            for n in rest:
                uf.union(first, n)


def merge_person_fronts(info: dict, uf: GuardedUnionFind) -> None:
    """A person name of three or more words whose first word is a common word of its language
    (a noun or title the recogniser took in: "Христианка Асия Биби", "Професор Угур Шахін")
    joins the name the other words spell, when that name is a person of the corpus."""
    for node, d in list(info.items()):
        if not node.startswith("P|") or len(d["toks"]) < 3 or not d["n"]:
            continue
        (form, lang), _ = d["forms"].most_common(1)[0]
        words = WORD.findall(form)
        rest = "P|" + " ".join(d["toks"][1:])
        if rest in info and info[rest]["n"] and len(words) == len(d["toks"]) \
                and is_common_word(words[0], lang):
            uf.union(node, rest)


def merge_short_case_forms(info: dict, uf: GuardedUnionFind) -> None:
    """A full name whose short words keep a case ending ("Яном Ткачем", too short for
    :func:`stem`) joins the full name its words spell without the endings, when that name is
    a person of the corpus ("Ян Ткач")."""
    for node, d in list(info.items()):
        if not node.startswith("P|") or not d["n"]:
            continue
        (form, lang), _ = d["forms"].most_common(1)[0]
        words = WORD.findall(form)
        if len(words) != len(d["toks"]):
            continue
        toks = [short_stem_key(w, lang) or t for w, t in zip(words, d["toks"])]
        alt = "P|" + " ".join(toks)
        if alt != node and alt in info and info[alt]["n"]:
            uf.union(node, alt)


_ARTICLE_KEYS = frozenset({"@l", "@d"})  # al/ul/el, ud/ad/ed: the Arabic article and its assimilated form


def merge_glued_particles(info: dict, uf: GuardedUnionFind) -> None:
    """An article inside a transliterated name is written apart, hyphenated or glued to the
    word before it at will ("Zain ul-Abidin", "Zain-ul-Abidin", "Зайнул Абидин"): full names
    whose keys agree once the article is glued to the word before it are one name."""
    by_glued: dict[str, list[str]] = defaultdict(list)
    for node, d in info.items():
        if not node.startswith("P|"):
            continue
        toks = list(d["toks"])
        for i in range(len(toks) - 1, 0, -1):
            if toks[i] in _ARTICLE_KEYS and toks[i - 1] not in _ARTICLE_KEYS:
                toks[i - 1:i + 1] = [toks[i - 1] + toks[i][1:]]
        if len(toks) >= 2:
            by_glued[" ".join(toks)].append(node)
    for nodes in by_glued.values():
        for nd in nodes[1:]:
            uf.union(nodes[0], nd)
