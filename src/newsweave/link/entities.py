"""Cross-document, cross-lingual, cross-script entity resolution.

``EntityResolver(repo).resolve(articles)`` gives every mention a corpus-wide ``entity`` id and a
canonical ``name``.  How mentions are grouped:

1. **Keys.** Each mention's base form (``Mention.lemma``: pymorphy3/simplemma lemmas, so
   inflected Slavic forms share it) is turned into a phonetic skeleton key
   (:func:`newsweave.link.translit.skeleton`) that is identical across scripts and spelling
   conventions ("Choïgou" = "Shoigu" = "Шойгу"; "Kim Jong-un" = "Кім Чен Ин" = "Ким Чен Ын").
   Before that, Slavic consonant case endings, Czech/Slovak feminine -ová, Slovene possessive
   -eva and the Bulgarian definite article are stripped.  Keys of non-person names ignore word
   order ("Komisja Europejska" = "Evropská komise"); keys shorter than 3 consonants keep their
   vowels; acronyms are keyed on their letters.  A Latin-script name in a Slavic-Latin text also
   gets its English-convention key ("Johnson" in Czech), joined to its native one.
2. **Anchors.** Places and groupings found in the CLDR gazetteer (country, region and city names
   in many languages and their initials, see :mod:`newsweave.enrich.ner_gazetteer`) join one
   anchor per CLDR id, so translations ("Wielka Brytania" = "Великобритания", "ЕС" = "EU" = "UE",
   "ZDA" = "США") meet; a hand-written table of official country names and common international
   institutions (``ner_gazetteer.EXTRA_NAMES``: "Соединённое Королевство", "РФ", NATO, WHO/ВОЗ,
   European Commission/Еврокомиссия, ...) adds anchors of its own.  Short inflected forms the
   extractor leaves alone ("Číny", "Chin") are looked up by their plain simplemma lemma too.
   Two clusters holding different anchors are never joined (a cannot-link guard in the
   union-find), whatever chain of fuzzy evidence links them.
3. **Within a document** a one-word person mention ("Shoigu", "Мэй") joins the multi-word person
   in the same article (or, failing that, in the same event) whose surname it is, unless that
   word is far more often a place/organisation in the corpus; an acronym joins the multi-word
   organisation it abbreviates; a rare non-person name within edit distance 2 of a more frequent
   place/organisation of the same article ("Kurie" next to "Kursk") joins it (that mention only).
4. **Across documents** multi-word persons are bucketed by surname key and merged only when
   the given names agree (same key, or ≥ 85 % similar in one of their romanisations) — two
   people sharing a first name never merge; an initial ("T. May") attaches to the most frequent
   compatible full name without chaining; same given name + surname keys one final consonant
   apart merge ("Barnier"/"Барнье"); a Latin-script full name is also read with English, French
   and German spelling rules, and joins a Cyrillic full name sharing a surname key and a
   given-name key under one of them ("Jean-Claude Juncker" in Polish = "Жан-Клод Юнкер").  Lone surnames attach to the dominant full name with that
   surname (≥ 70 % of its mentions), else stay apart; names typed inconsistently (person here,
   place there) are reconciled by key and frequency.  Other names merge inside buckets of their
   key's first letters when both keys and vowel keys are ≥ 85 % similar and the main types agree.
   Short forms: the tail of a gazetteer place ("Британия" ⊂ "Великобритания"), a clipped compound
   ("Евросоюз" = "Евро(пейский) союз") or a head word used alone ("Unia" for "Unia Europejska")
   join the dominant cluster offering them (never a node that is only a minority of its own
   cluster, which would drag that cluster along; likewise for demonyms, which must make up most
   of their node's surface forms).  Everything is hash-bucketed: no all-pairs comparison.
5. **Ids** are reused from the repository when any key of a cluster was stored with an
   existing entity, or when a stored person's name merges with the cluster (stable ids across
   runs and batches); new ids are a hash of type + smallest node key.

**Canonical name**: the English CLDR name for gazetteer places; otherwise the most frequent
Latin-script multi-word base form (for persons), else the most frequent Latin-script base form,
else the most frequent base form in its own script.
"""
from __future__ import annotations

import hashlib
import re
from collections import Counter, defaultdict
from functools import lru_cache
from typing import Any, Iterable

from rapidfuzz.distance import Levenshtein
from rapidfuzz.fuzz import ratio

from ..enrich import ner_gazetteer as gaz
from ..model import Article, Mention
from ..store.base import ArticleFilter, EntityRecord
from .translit import SLAVIC_LATIN, fold, romanizations, script_of, skeleton, skeleton_token

SLAVIC = {"ru", "uk", "bg", "be", "cs", "sk", "pl", "sl", "hr", "sr", "bs", "mk"}
_WORD = re.compile(r"[^\W_]+", re.UNICODE)
_ENDINGS = sorted(["ом", "ем", "ём", "ым", "им", "ам", "ям", "ами", "ями", "ах", "ях", "ых", "их",
                   "ого", "его", "ому", "ему", "om", "em", "ym", "im", "am", "ami", "ach", "ách",
                   "ich", "ych", "ých", "ími", "ego", "emu", "owi", "ovi", "ové", "ovou", "ową"],
                  key=len, reverse=True)


_FEM = {"cs": re.compile(r"(?<=\w{3})(ová|ové|ovou|ovu)$"), "sk": re.compile(r"(?<=\w{3})(ová|ovej|ovou|ovú)$"),
        "sl": re.compile(r"(?<=\w{3})(ev[aeio]|ov[aeio])$")}


_BG_ARTICLE = re.compile(r"(?<=\w{4})(ът|ят)$|(?<=\w{3}к)(та|то|те)$")


def _stem(word: str, lang: str | None) -> str:
    if lang in SLAVIC_LATIN:
        word = re.sub(r"(?<=\w)['’]\w{1,3}$", "", word)  # Farage'a, Jean-Claude'em
    if lang == "bg" and len(word) >= 6:
        word = _BG_ARTICLE.sub("", word)  # Bulgarian definite article: Брекзитът → Брекзит
    fem = _FEM.get(lang or "")
    if fem and word[:1].isupper() and not word.isupper():
        word = fem.sub("", word)  # Mayová/Mayové (cs), Mayeva (sl) → May
    if lang not in SLAVIC or len(word) < 6 or word.isupper():
        return word
    low = word.lower()
    for e in _ENDINGS:
        if low.endswith(e) and len(word) - len(e) >= 5:
            return word[: len(word) - len(e)]
    return word


_DICT_LANGS = {"pl", "cs", "sk", "sl", "hr", "bg"}


@lru_cache(maxsize=100_000)
def _dict_lemma(text: str, lang: str) -> str:
    """The plain simplemma lemma of each word, without the extractor's caution about names
    (used only to look a mention up in the gazetteer: "Chin" → "Chiny", "Číny" → "Čína")."""
    import simplemma
    out = []
    for w in _WORD.findall(text):
        try:
            lem = simplemma.lemmatize(w, lang=lang)
        except Exception:
            lem = w
        out.append(lem[:1].upper() + lem[1:] if w[:1].isupper() else lem)
    return " ".join(out)


def token_keys(name: str, lang: str | None) -> list[str]:
    return [k for k in (skeleton_token(_stem(w, lang), lang) for w in _WORD.findall(name)) if k]


def _vkey(name: str, lang: str | None) -> str:
    return "".join(skeleton_token(_stem(w, lang), lang, True) for w in _WORD.findall(name))


def _is_acronym(s: str) -> bool:
    s2 = s.replace(".", "").replace("-", "")
    return 2 <= len(s2) <= 6 and s2.isupper() and s2.isalpha() and " " not in s.strip()


class _UF:
    """Union-find with a cannot-link guard: two clusters holding different gazetteer anchors
    ("A|cldr:GB", "A|cldr:US") are never joined, whatever chain of fuzzy evidence links them."""

    def __init__(self) -> None:
        self.p: dict[str, str] = {}
        self.anchor: dict[str, str] = {}

    def find(self, x: str) -> str:
        p = self.p
        if x not in p:
            p[x] = x
            if x.startswith("A|"):
                self.anchor[x] = x
        root = x
        while p[root] != root:
            root = p[root]
        while p[x] != root:
            p[x], x = root, p[x]
        return root

    def union(self, a: str, b: str) -> bool:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return True
        xa, xb = self.anchor.get(ra), self.anchor.get(rb)
        if xa and xb and xa != xb:
            return False
        lo, hi = min(ra, rb), max(ra, rb)
        self.p[hi] = lo
        if xa or xb:
            self.anchor[lo] = xa or xb
        return True


class EntityResolver:
    """Groups mentions of the same entity across documents, languages and scripts."""

    VERSION = "1"

    def __init__(self, repo=None) -> None:
        self.repo = repo

    # ------------------------------------------------------------------------ public
    def resolve(self, articles: list[Article]) -> None:
        items: list[tuple[Article, Mention, str | None, str]] = []  # article, mention, lang, base
        for a in articles:
            for m in a.entities:
                lang = m.attrs.get("lang") or a.lang
                base = (m.lemma or m.text).strip()
                if base:
                    items.append((a, m, lang, base))
        if not items:
            return
        node_of: list[str] = []
        info: dict[str, dict[str, Any]] = {}
        uf = _UF()

        def note(node: str, typ: str, base: str, lang: str | None, toks: list[str],
                 text: str | None = None) -> None:
            d = info.get(node)
            if d is None:
                d = info[node] = {"n": 0, "types": Counter(), "forms": Counter(), "toks": toks,
                                  "lang": lang, "texts": Counter()}
            d["n"] += 1
            d["types"][typ] += 1
            d["forms"][(base, lang)] += 1
            if text and len(d["texts"]) < 20:
                d["texts"][(text, lang)] += 1

        # 1-2: keys and anchors
        keys_cache: dict[tuple[str, str | None], list[str]] = {}
        pending_single: list[int] = []
        for idx, (a, m, lang, base) in enumerate(items):
            typ = m.type
            acr = _is_acronym(base) or _is_acronym(m.text)
            if typ != "PER" or acr:
                hit = gaz.lookup(m.text if acr else base, lang) or (gaz.lookup(m.text, lang) if not acr else None)
                if not hit and not acr and lang in _DICT_LANGS:
                    hit = gaz.lookup(_dict_lemma(m.text, lang), lang)  # "Číny" → "Čína"
                if hit:
                    node = "A|" + hit[0]
                    note(node, hit[1], base, lang, [])
                    info[node]["cldr"] = hit
                    node_of.append(node)
                    continue
            if acr:
                node = "N|^" + fold(m.text).upper().replace(".", "").replace("-", "")
                note(node, typ, m.text, lang, [])
                node_of.append(node)
                continue
            kk = (base, lang)
            toks = keys_cache.get(kk)
            if toks is None:
                toks = keys_cache[kk] = token_keys(base, lang)
            if not toks:
                node_of.append("")
                continue
            # a Latin-script name in a Slavic-Latin text may be foreign ("BioNTech", "Johnson"):
            # its English-convention key is an alias of its native one
            alt = None
            if lang in SLAVIC_LATIN and script_of(base) == "latin":
                kk2 = (base, "#en")
                alt = keys_cache.get(kk2)
                if alt is None:
                    alt = keys_cache[kk2] = token_keys(base, None)
                if alt == toks or not alt:
                    alt = None
            node = self._node(typ, toks, _vkey(base, lang) if len("".join(toks)) < 3 else "")
            if node.startswith("S|"):
                pending_single.append(idx)
            note(node, typ, base, lang, toks, m.text)
            node_of.append(node)
            if alt is not None and len(alt) == len(toks) and len("".join(alt)) >= 3:
                node2 = self._node(typ, alt)
                if node2 not in info:
                    note(node2, typ, base, lang, alt)
                    info[node2]["n"] = 0
                uf.union(node, node2)

        # names already in the repository take part in the merging (without mentions), so a new
        # spelling meets an entity seen in an earlier batch
        for rec in (self.repo.list_entities() if self.repo is not None else []):
            if rec.type != "PER":
                continue
            for var in [rec.name, *rec.variants][:30]:
                toks = token_keys(var, None)
                if len(toks) >= 2:
                    nd = "P|" + " ".join(toks)
                    if nd not in info:
                        note(nd, "PER", var, None, toks)
                        info[nd]["n"] = 0
                        info[nd]["types"]["PER"] = 0
                        info[nd]["repo"] = rec.id

        # 3: within-document attachment (surname → full name, acronym → long form, typos)
        by_article: dict[int, list[int]] = defaultdict(list)
        for idx, (a, *_rest) in enumerate(items):
            by_article[id(a)].append(idx)
        by_event: dict[str, list[int]] = defaultdict(list)
        for idx, (a, *_rest) in enumerate(items):
            if a.event:
                by_event[a.event].append(idx)
        attached: dict[int, str] = {}
        acr_votes: dict[str, Counter] = defaultdict(Counter)

        def surname_map(idxs: Iterable[int]) -> dict[str, Counter]:
            sm: dict[str, Counter] = defaultdict(Counter)
            for j in idxs:
                node = node_of[j]
                if node.startswith("P|"):
                    toks = info[node]["toks"]
                    sm[toks[-1]][node] += 1
                    sm["^" + toks[0]][node] += 0.5  # a lone given name, weaker
            return sm

        # corpus-wide: keys far more often seen as a place/org than as a person's surname
        per_keys = Counter()
        for nd, d in info.items():
            if nd.startswith(("P|", "S|")):
                per_keys[d["toks"][-1]] += d["n"]
        nonper_heavy = {nd[2:] for nd, d in info.items() if nd.startswith("N|")
                        and d["n"] >= 3 * max(per_keys.get(nd[2:], 0), 1)}
        for aid, idxs in by_article.items():
            sm = surname_map(idxs)
            for k in [k for k in sm if k in nonper_heavy or k[1:] in nonper_heavy]:
                del sm[k]
            nonper = {node_of[j][2:] for j in idxs if node_of[j].startswith("N|")}
            for k in [k for k in sm if k.startswith("^") and k[1:] in nonper]:
                del sm[k]
            acr_long: dict[str, str] = {}
            for j in idxs:
                node = node_of[j]
                if node.startswith(("N|", "A|")) and not node.startswith("N|^"):
                    base = items[j][3]
                    words = [w for w in _WORD.findall(base) if w[:1].isupper()]
                    if len(words) >= 2:
                        acr_long.setdefault("".join(w[0] for w in words).upper(), node)
            for j in idxs:
                node = node_of[j]
                if node.startswith("S|"):
                    key = node[2:]
                    cands = sm.get(key) or sm.get("^" + key)
                    if cands:
                        attached[j] = cands.most_common(1)[0][0]
                elif node.startswith("N|^"):
                    tgt = acr_long.get(node[3:])
                    if tgt:
                        attached[j] = tgt
                        acr_votes[node][tgt] += 1
        # same event, for lone surnames still unattached
        for ev, idxs in by_event.items():
            sm = surname_map(idxs)
            for j in idxs:
                if j not in attached and node_of[j].startswith("S|"):
                    cands = sm.get(node_of[j][2:])
                    if cands:
                        attached[j] = cands.most_common(1)[0][0]
        for j, tgt in attached.items():
            node_of[j] = tgt
        residual = Counter(nd for nd in node_of if nd.startswith(("S|", "N|^")))
        for nd, d in info.items():
            if nd.startswith(("S|", "N|^")):
                d["n"] = residual.get(nd, 0)
        # an acronym expanded the same way in most articles that expand it: everywhere
        for nd, votes in acr_votes.items():
            tgt, c = votes.most_common(1)[0]
            if info[nd]["n"] and c >= 2 and c >= 0.7 * sum(votes.values()):
                uf.union(nd, tgt)
        # typo'd places: a rare non-person name within edit distance 2 of a more frequent
        # place/organisation of the same article ("Kurie" next to "Kursk") joins it — this
        # mention only, so the rare spelling is not merged elsewhere without context
        fold_cache: dict[tuple[str, str | None], set[str]] = {}

        def folds(j: int) -> set[str]:
            key = (items[j][3], items[j][2])
            out = fold_cache.get(key)
            if out is None:
                out = {fold(items[j][1].text), fold(items[j][3]),
                       *(fold(r) for r in romanizations(items[j][3], items[j][2]))}
                fold_cache[key] = out
            return out

        for aid, idxs in by_article.items():
            local = [j for j in idxs if node_of[j].startswith(("N|", "A|"))
                     and not node_of[j].startswith("N|^")]
            for j in local:
                node = node_of[j]
                if not node.startswith("N|") or info[node]["n"] > 2:
                    continue
                f1 = fold(items[j][3])
                if len(f1) < 5 or " " in f1:
                    continue
                best = None
                for j2 in local:
                    node2 = node_of[j2]
                    if node2 == node or info[node2]["n"] <= info[node]["n"]:
                        continue
                    if any(f2[:2] == f1[:2] and abs(len(f2) - len(f1)) <= 2
                           and Levenshtein.distance(f1, f2) <= 2 for f2 in folds(j2)):
                        best = node2
                        break
                if best:
                    node_of[j] = best
                    info[node]["n"] -= 1
                    info[node]["types"][items[j][1].type] -= 1

        # 4: across documents
        self._merge_persons(info, uf)
        self._merge_persons_xscript(info, uf)
        self._merge_person_prefixes(info, uf)
        self._merge_singles(info, uf, pending_single, node_of, attached)
        self._merge_others(info, uf)
        self._merge_aliases(info, uf)
        self._merge_demonyms(info, uf)

        self.last_nodes = {nd: uf.find(nd) for nd in info}  # for inspection/debugging
        self.last_mention_nodes = [(items[i][1], nd) for i, nd in enumerate(node_of)]
        # 5: clusters, names, ids
        clusters: dict[str, list[int]] = defaultdict(list)
        for idx, node in enumerate(node_of):
            if node:
                clusters[uf.find(node)].append(idx)
        existing = self._existing_keys()
        members: dict[str, list[str]] = defaultdict(list)
        for nd, d in info.items():
            if d.get("repo"):
                members[uf.find(nd)].append(nd)
        used_ids: set[str] = set()
        records: list[tuple[str, list[int], set[str]]] = []
        for root, idxs in sorted(clusters.items(), key=lambda kv: -len(kv[1])):
            nodes = {node_of[i] for i in idxs}
            votes = Counter()
            for nd in nodes:
                for eid in existing.get(nd, ()):
                    votes[eid] += sum(1 for i in idxs if node_of[i] == nd)
            for nd in members.get(root, ()):
                if info[nd].get("repo"):
                    votes[info[nd]["repo"]] += 0.5
            eid = next((e for e, _ in votes.most_common() if e not in used_ids), None)
            name, typ = self._canonical(idxs, items, nodes, info)
            if eid is None:
                base_id = "E" + hashlib.sha1(f"{typ}|{sorted(nodes)[0]}".encode()).hexdigest()[:10]
                eid, k = base_id, 1
                while eid in used_ids or (eid in existing.get("#ids", set()) and not votes):
                    k += 1
                    eid = f"{base_id}-{k}"
            used_ids.add(eid)
            for i in idxs:
                items[i][1].entity = eid
                items[i][1].name = name
            records.append((eid, idxs, nodes))
        if self.repo is not None:
            self._persist(records, items)

    @staticmethod
    def _node(typ: str, toks: list[str], vkey: str = "") -> str:
        if typ == "PER":
            return "P|" + " ".join(toks) if len(toks) >= 2 else "S|" + toks[0]
        joined = "".join(toks)
        if len(joined) < 3 and vkey:  # too short to tell apart without its vowels
            return "N|~" + vkey
        # word order varies across languages ("Komisja Europejska" / "Evropská komise")
        return "N|" + "".join(sorted(toks))

    # ------------------------------------------------------------------------ merging
    def _merge_persons(self, info: dict, uf: _UF) -> None:
        """Multi-word persons: same surname key and compatible given names."""
        by_surname: dict[str, list[str]] = defaultdict(list)
        for node, d in info.items():
            if node.startswith("P|"):
                by_surname[d["toks"][-1]].append(node)
        for sur, nodes in by_surname.items():
            if len(nodes) < 2:
                continue
            full = [n for n in nodes if len(self._given(info[n])) and len(self._given(info[n])[0]) > 1]
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
                    words = _WORD.findall(form)
                    if len(words) >= 2:
                        spell[g] |= {fold(words[0])} | {fold(r) for r in romanizations(words[0], lang)}
            # cross-script given names read in the writing conventions of the Latin form's
            # likely origin ("Jean-Claude" read as French = "Жан-Клод", "Michel" = "Мишел")
            xkeys: dict[str, tuple[str | None, set[str]]] = {}
            for g in givens:
                d = info[by_given[g][0]]
                (form, lang), _ = d["forms"].most_common(1)[0]
                words = _WORD.findall(form)
                sc = script_of(form)
                if len(words) < 2 or sc is None:
                    continue
                given = " ".join(words[:-1])
                if sc == "latin":
                    ks = {skeleton(given, lg) for lg in ("en", "fr", "de", lang)}
                else:
                    ks = {skeleton(given, lang)}
                xkeys[g] = (sc, {k for k in ks if len(k.replace(" ", "")) >= 2})
            for i, g1 in enumerate(givens):
                for g2 in givens[i + 1:]:
                    x1, x2 = xkeys.get(g1), xkeys.get(g2)
                    if x1 and x2 and x1[0] != x2[0] and x1[1] & x2[1]:
                        uf.union(by_given[g1][0], by_given[g2][0])
                        continue
                    if g1[:1] != g2[:1]:
                        continue
                    if ratio(g1, g2) >= 85 or any(
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

    def _merge_persons_xscript(self, info: dict, uf: _UF) -> None:
        """Latin ↔ Cyrillic full names whose Latin form follows another language's spelling
        ("Jean-Claude Juncker" in a Polish text = "Жан-Клод Юнкер"): the Latin name is read
        with English, French and German rules as well as its own; a Cyrillic name with the
        same surname key and a given-name key in common joins it."""
        buckets: dict[str, list[tuple[str, str, set[str]]]] = defaultdict(list)
        for node, d in info.items():
            if not node.startswith("P|") or len(d["toks"]) < 2:
                continue
            (form, lang), _ = d["forms"].most_common(1)[0]
            words = _WORD.findall(form)
            sc = script_of(form)
            if len(words) < 2 or sc is None:
                continue
            given = " ".join(words[:-1])
            langs = ("en", "fr", "de", lang) if sc == "latin" else (lang,)
            gks = {skeleton(given, lg) for lg in langs}
            gks = {k for k in gks if len(k.replace(" ", "")) >= 2}
            sks = {skeleton_token(_stem(words[-1], lang), lg) for lg in langs}
            for sk in sks:
                if len(sk) >= 3:
                    buckets[sk].append((node, sc, gks))
        for sk, entries in buckets.items():
            lat = [e for e in entries if e[1] == "latin"]
            cyr = [e for e in entries if e[1] == "cyrillic"]
            if not lat or not cyr or len(lat) * len(cyr) > 2500:
                continue
            for n1, _, g1 in lat:
                for n2, _, g2 in cyr:
                    if g1 & g2:
                        uf.union(n1, n2)

    def _merge_person_prefixes(self, info: dict, uf: _UF) -> None:
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

    @staticmethod
    def _given(d: dict) -> list[str]:
        base, lang = d["forms"].most_common(1)[0][0]
        words = _WORD.findall(base)
        return words[:-1]

    def _merge_singles(self, info, uf, pending, node_of, attached) -> None:
        """Lone surnames never attached in their article: the dominant full name, if any."""
        surname_nodes: dict[str, Counter] = defaultdict(Counter)
        for node, d in info.items():
            if node.startswith("P|"):
                surname_nodes[d["toks"][-1]][uf.find(node)] += d["n"]
        others: dict[str, str] = {}
        for node, d in sorted(info.items(), key=lambda kv: kv[1]["n"]):
            if node.startswith(("N|", "A|")) and d.get("toks") and len(d["toks"]) == 1:
                others[d["toks"][0]] = node  # the most frequent one per key wins
        for node, d in list(info.items()):
            if not node.startswith("S|") or d["n"] == 0:
                continue
            key = node[2:]
            cands = surname_nodes.get(key)
            if cands:
                top, cnt = cands.most_common(1)[0]
                if cnt >= 0.7 * sum(cands.values()) and cnt >= d["n"]:
                    uf.union(node, top)
                    continue
            other = others.get(key)
            if other and info[other]["n"] >= d["n"]:  # a place/org mis-typed as a person
                uf.union(node, other)
        # the other way round: a one-word place/org that is really a frequent person's surname
        # ("Биби" typed LOC), and multi-word names typed both ways
        joined = {"".join(d["toks"]): nd for nd, d in info.items() if nd.startswith("P|")}
        for key, node in others.items():
            cands = surname_nodes.get(key)
            if cands:
                top, cnt = cands.most_common(1)[0]
                if cnt >= 0.7 * sum(cands.values()) and info[node]["n"] <= cnt:
                    uf.union(node, top)
        for node, d in info.items():
            if node.startswith("N|") and d.get("toks") and len(d["toks"]) >= 2:
                p = joined.get("".join(d["toks"]))
                if p:
                    uf.union(node, p)

    def _merge_others(self, info, uf) -> None:
        """Non-person names: fuzzy merge inside buckets of the key's first letters."""
        buckets: dict[str, list[str]] = defaultdict(list)
        for node, d in info.items():
            if node.startswith("N|") and not node.startswith("N|^"):
                key = node[2:]
                if len(key) >= 4:
                    buckets[key[:3]].append(node)
        for b, nodes in buckets.items():
            if len(nodes) < 2:
                continue
            nodes.sort(key=lambda n: -info[n]["n"])
            nodes = nodes[:300]
            vk = {n: _vkey(*info[n]["forms"].most_common(1)[0][0]) for n in nodes}
            for i, n1 in enumerate(nodes):
                for n2 in nodes[i + 1:]:
                    k1, k2 = n1[2:], n2[2:]
                    if abs(len(k1) - len(k2)) > 1:
                        continue
                    if ratio(k1, k2) >= 85 and ratio(vk[n1], vk[n2]) >= 85 \
                            and self._main_type(info[n1]) == self._main_type(info[n2]):
                        uf.union(n1, n2)

    @staticmethod
    def _main_type(d: dict) -> str:
        pos = [(c, t) for t, c in d["types"].items() if c > 0]
        return max(pos)[1] if pos else "MISC"

    def _merge_aliases(self, info, uf) -> None:
        """Short forms of multi-word places/organisations: a one-word name equal to the tail of
        a gazetteer place ("Британия" ⊂ "Великобритания") or to the clipped compound of a
        multi-word name ("Евросоюз" = "Евро(пейский) союз", "Еврокомиссия"); only when exactly
        one cluster offers that alias."""
        suffix: dict[str, set[str]] = defaultdict(set)
        compound: dict[str, set[str]] = defaultdict(set)
        size: Counter = Counter()
        for node, d in info.items():
            size[uf.find(node)] += d["n"]
        for node, d in info.items():
            if not node.startswith(("A|", "N|")) or node.startswith("N|^"):
                continue
            root = uf.find(node)
            for (base, lang) in d["forms"]:
                toks = token_keys(base, lang)
                if not toks:
                    continue
                joined = "".join(toks)
                if node.startswith("A|") and d["types"].most_common(1)[0][0] == "LOC":
                    for n in range(4, len(joined) - 1):
                        suffix[joined[-n:]].add(root)
                if len(toks) >= 2 and len(toks[0]) >= 3:
                    compound[toks[0][:3] + toks[-1]].add(root)
        # a head word used alone for a multi-word organisation/place ("Unia" for "Unia
        # Europejska", "Komisja"): the dominant multi-word cluster containing that word
        part_of: dict[str, Counter] = defaultdict(Counter)
        for node, d in info.items():
            if node.startswith(("A|", "N|")) and not node.startswith("N|^"):
                root = uf.find(node)
                for (base, lang), c in d["forms"].items():
                    words = _WORD.findall(base)
                    if len(words) < 2 or any(w.isupper() or not w.isalpha() for w in words):
                        continue  # "SARS-CoV-2" has no head word
                    toks = token_keys(base, lang)
                    for tk in {toks[0], toks[-1]} if len(toks) >= 2 else ():
                        if len(tk) >= 2:
                            part_of[tk][root] += c
        for node, d in info.items():
            if not node.startswith("N|") or node.startswith("N|^") or d["n"] == 0 \
                    or len(d["toks"]) != 1:
                continue
            cands = part_of.get(d["toks"][0])
            if not cands:
                continue
            top, cnt = cands.most_common(1)[0]
            r = uf.find(node)
            if top != r and cnt >= 0.7 * sum(cands.values()) and size[top] >= 2 * size[r] \
                    and size[r] <= 2 * d["n"]:
                uf.union(node, top)
        for node, d in info.items():
            if not node.startswith(("N|", "S|")) or node.startswith("N|^") or d["n"] == 0:
                continue
            key = node[2:]
            if len(key) < 4:
                continue
            r = uf.find(node)
            if size[r] > 2 * d["n"]:
                continue
            for table in (compound, suffix):
                offered = table.get(key, set())
                if not offered or r in offered:
                    continue
                sizes = sorted(((size.get(x, 0), x) for x in offered), reverse=True)
                if len(sizes) == 1 or sizes[0][0] >= 4 * max(sizes[1][0], 1):
                    uf.union(node, sizes[0][1])
                    break

    _DEMONYM = re.compile(r"(czycy|czyków|czykami|czykom|czyk|aków|akami|akom|acy|anie|anami|anom|"
                          r"ané|anů|anům|ani|an|ové|ů|ům|ci|cev|cem|ce|ców|cy)$")

    def _merge_demonyms(self, info, uf) -> None:
        """Capitalised inhabitant names in Slavic languages ("Brytyjczycy", "Britové", "Niemców")
        join the gazetteer country whose name their stem begins, when one country dominates."""
        prefix: dict[str, Counter] = defaultdict(Counter)
        for node, d in info.items():
            if node.startswith("A|") and d["n"] and info[node].get("cldr", ("", "LOC"))[1] == "LOC":
                root = uf.find(node)
                for (base, lang) in d["forms"]:
                    toks = token_keys(base, lang)
                    for key in {"".join(toks), toks[-1] if toks else ""}:
                        for n in range(2, len(key) + 1):
                            prefix[key[:n]][root] += 1
        size: Counter = Counter()
        for node, d in info.items():
            size[uf.find(node)] += d["n"]
        person_n: Counter = Counter()
        for nd, dd in info.items():
            if nd.startswith("P|"):
                person_n[uf.find(nd)] += dd["n"]
        anchored = {uf.find(nd) for nd in info if nd.startswith("A|")}
        anchored |= {r for r, c in person_n.items() if 2 * c > size[r]}  # mostly a person
        for node, d in info.items():
            if not node.startswith(("N|", "S|")) or node.startswith("N|^") or d["n"] == 0 \
                    or len(d["toks"]) != 1 or uf.find(node) in anchored \
                    or size[uf.find(node)] > 2 * d["n"]:
                continue  # (a node that is a minority of its cluster must not drag it along)
            m = None
            for (base, lang), _ in [*d["forms"].most_common(2), *d["texts"].most_common(2)]:
                if lang in SLAVIC and base[:1].isupper() and not base.isupper():
                    m = self._DEMONYM.search(base.lower())
                    if m and m.start() >= 3:
                        break
                    m = None
            if m is None:
                continue
            key = "".join(token_keys(base[:m.start()], lang))
            cands = prefix.get(key)
            if not cands or len(key) < 2:
                continue
            # most of the node's forms must look like inhabitant names ("Zenecy" is no demonym
            # when the node is mostly "Zeneca")
            demo = sum(c for (b, lg), c in d["texts"].items()
                       if self._DEMONYM.search(b.lower()) and b[:1].isupper())
            if 2 * demo < sum(d["texts"].values()):
                continue
            ranked = sorted(((size[r], r) for r in cands), reverse=True)
            if len(ranked) == 1 or ranked[0][0] >= 4 * ranked[1][0]:
                uf.union(node, ranked[0][1])

    # ------------------------------------------------------------------------ naming / storage
    @staticmethod
    def _canonical(idxs, items, nodes, info) -> tuple[str, str]:
        types = Counter(items[i][1].type for i in idxs)
        for nd in nodes:
            if nd.startswith("A|") and info[nd].get("cldr"):
                hit = info[nd]["cldr"]
                return hit[2], hit[1]
        typ = types.most_common(1)[0][0]
        forms = Counter()
        for i in idxs:
            forms[items[i][3]] += 1
        latin = [(f, c) for f, c in forms.most_common() if script_of(f) == "latin"]
        multi = [(f, c) for f, c in latin if len(_WORD.findall(f)) >= 2]
        if typ == "PER" and multi:
            return multi[0][0], typ
        if latin:
            return latin[0][0], typ
        multi_any = [(f, c) for f, c in forms.most_common() if len(_WORD.findall(f)) >= 2]
        if typ == "PER" and multi_any:
            return multi_any[0][0], typ
        return forms.most_common(1)[0][0], typ

    def _existing_keys(self) -> dict[str, Any]:
        out: dict[str, Any] = defaultdict(list)
        if self.repo is None:
            return out
        ids = set()
        for rec in self.repo.list_entities():
            ids.add(rec.id)
            for k in rec.meta.get("keys", []):
                out[k].append(rec.id)
        out["#ids"] = ids
        return out

    def _persist(self, records, items) -> None:
        for eid, idxs, nodes in records:
            ms = [items[i][1] for i in idxs]
            name = ms[0].name or ms[0].text
            types = Counter(m.type for m in ms)
            variants = Counter()
            for i in idxs:
                variants[items[i][1].text] += 1
                variants[items[i][3]] += 1
            roles = Counter(r for m in ms for r in m.attrs.get("roles", []))
            langs = Counter(items[i][2] or "?" for i in idxs)
            arts = {items[i][0].id for i in idxs}
            old = self.repo.get_entity(eid)
            var_list = [v for v, _ in variants.most_common(200)]
            role_list = [r for r, _ in roles.most_common(50)]
            meta = {"mentions": len(idxs), "articles": len(arts), "languages": dict(langs),
                    "keys": sorted(nodes)}
            typ = next((info_t for info_t in [types.most_common(1)[0][0]]), "MISC")
            if old is not None:
                var_list = list(dict.fromkeys(old.variants + var_list))[:400]
                role_list = list(dict.fromkeys(old.roles + role_list))[:100]
                meta["keys"] = sorted(set(old.meta.get("keys", [])) | set(nodes))
                meta["total_mentions"] = old.meta.get("total_mentions", old.meta.get("mentions", 0)) + len(idxs)
            else:
                meta["total_mentions"] = len(idxs)
            self.repo.put_entity(EntityRecord(eid, name, typ, var_list, role_list, meta))


# ---------------------------------------------------------------------------- CLI support

def entity_page(repo, name_or_id: str) -> dict | None:
    """Everything known about one entity: canonical name, type, variants, roles, articles, events.

    ``name_or_id`` is an entity id or any name/variant (exact, case-insensitive, else substring);
    among several matches the one with the most mentions wins.  None when nothing matches."""
    rec = repo.get_entity(name_or_id)
    if rec is None:
        cands = repo.find_entities(name_or_id)
        if not cands:
            return None
        rec = max(cands, key=lambda r: (r.meta.get("total_mentions", r.meta.get("mentions", 0)), r.id))
    if hasattr(repo, "entity_article_ids"):
        aids = repo.entity_article_ids(rec.id)
    else:
        aids = [a.db_id for a in repo.iter_articles(ArticleFilter(entity=rec.id))]
    articles, events = [], []
    for aid in aids:
        art = repo.get_article(aid)
        if art is None:
            continue
        mentions = [m for m in art.entities if m.entity == rec.id]
        articles.append({"db_id": art.db_id, "id": art.id, "title": art.title, "lang": art.lang,
                         "date": art.date.value if art.date else None, "event": art.event,
                         "mentions": len(mentions)})
        if art.event and art.event not in events:
            events.append(art.event)
    return {"id": rec.id, "name": rec.name, "type": rec.type, "variants": rec.variants,
            "roles": rec.roles, "meta": rec.meta, "articles": articles, "events": events}
