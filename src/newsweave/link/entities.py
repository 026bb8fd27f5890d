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
   **Exonym key** (:mod:`newsweave.link.entity_places`): a place mention whose lemma or text
   names one gazetteer place beyond doubt (:func:`compare.slots.gazetteer.unambiguous`, cities
   of at least 100,000 people) is keyed by that place, so "Lviv" = "Львов" = "Leópolis" =
   "Lwowem"; two different places are never joined (a second guard), and a CLDR anchor meets
   its place through its own mentions.  A lone word typed as a person that no full name bears
   and that names such a place ("Rangún" tagged PER) joins it.
2a. **Translated organisation names** (:mod:`newsweave.link.entity_org_gloss`): a name read
   word by word through the languages' type-word tables (``LinkSection.org_glosses``) gets a key
   of concepts plus its country or name part ("Fonds monétaire international" = "Міжнародний
   валютний фонд"; "Sąd Najwyższy" in a report on one country = that country's "Верховный
   суд"); one body of two countries is kept apart by a guard.
2b. **Aliases.** An analyst's ``aliases.yaml`` (:mod:`newsweave.link.entity_aliases`): names of a
   ``split`` group are kept apart by a cannot-link guard (also against the within-document
   attachments below); names of a ``merge`` group are joined last, under the group's first name.
3. **Within a document** a one-word person mention ("Shoigu", "Мэй") joins the multi-word person
   in the same article (or, failing that, in the same event) whose surname it is, unless that
   word is far more often a place/organisation in the corpus; an acronym joins the multi-word
   organisation it abbreviates, or the name it follows in parentheses ("Tehreek-e-Labbaik
   Pakistan (TLP)"); one word of a multi-word organisation's name ("Cockpit" after "Vereinigung
   Cockpit") and an organisation written with its country ("Верховный суд Пакистана" beside
   "Верховный суд") join that organisation; a rare non-person name within edit distance 2 of a more frequent
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
   of their node's surface forms).  A company named with and without its designators ("Sinovac
   Biotech" / "Sinovac", "X Holdings Plc") is one (:mod:`newsweave.link.entity_designators`).
   After merging, an organisation's short form (a run of words of one of its long forms:
   "Uniwersytet Medyczny") joins the cluster its article names by any form, e.g. its acronym
   (:mod:`newsweave.link.entity_org_context`).  Everything is hash-bucketed: no all-pairs
   comparison.
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
from typing import Any, Iterable

from rapidfuzz.distance import Levenshtein

from ..enrich import ner_gazetteer as gaz
from ..enrich.ner_demonyms import country_entry
from ..model import Article, Mention
from .entity_acronym_forms import join_acronym_forms
from .entity_aliases import Aliases, AliasMatcher, aliases_path, load_aliases
from .entity_cross_doc import merge_across_documents
from .entity_eponyms import eponym_unions
from .entity_canonical import canonical_name
from .entity_keys import (WORD, acronym_node, dictionary_lemma, is_acronym, link_data, node_key,
                          short_stem_key, spelled_acronym, token_keys, vowel_key)
from .entity_org_context import context_short_forms
from .entity_org_gloss import gloss_unions, retype_org_heads
from .entity_org_forms import (acronym_with_place, acronyms_by_cluster, long_form_initials,
                               org_short_forms, org_with_place, parenthesised_acronyms)
from .entity_places import (capitalised_place, given_name_places, place_node, place_of,
                            same_as_anchor)
from .entity_tails import name_tails
from .entity_store import EntityStore, ResolvedCluster, entity_page
from .entity_unionfind import GuardedUnionFind
from .translit import SLAVIC_LATIN, fold, romanizations, script_of

# a full name ending in a hyphenated given name with a lower-case second part ("Lee Ji-hoon",
# "Park Seo-yeon"): written family name first, so that name alone is its first word
_FAMILY_FIRST = re.compile(r"\s[^\W\d_]+-[^\W\d_A-ZА-ЯЁІЇЄҐ][^\W\d_]*$")
_NAMED = ("PER", "LOC", "ORG")  # the types an entity's mentions are made to agree on
__all__ = ["EntityResolver", "entity_page"]  # entity_page: re-exported for the CLI and the API


class EntityResolver:
    """Groups mentions of the same entity across documents, languages and scripts."""

    name = "newsweave.link.entities"
    VERSION = "1"
    version = VERSION
    requires = ("entities", "lang", "event")
    assigns = ("entities",)  # Mention.entity and Mention.name

    def __init__(self, repo: Any = None, aliases: Aliases | None = None) -> None:
        self.repo = repo
        self.store = EntityStore(repo) if repo is not None else None
        # an analyst's merges and splits (aliases.yaml beside the database, or $NEWSWEAVE_ALIASES)
        self.aliases = aliases if aliases is not None else load_aliases(aliases_path(repo))

    # ------------------------------------------------------------------------ public
    def resolve(self, articles: list[Article]) -> None:
        """Give every mention of ``articles`` an ``entity`` id and a canonical ``name``; with a
        repository, ids of earlier batches are reused and the entity records are saved."""
        items: list[tuple[Article, Mention, str | None, str]] = []  # article, mention, lang, base
        for a in articles:
            for m in a.entities:
                lang = m.attrs.get("lang") or a.lang
                base = (m.lemma or m.text).strip()
                if base:
                    items.append((a, m, lang, base))
        if not items:
            return
        retype_org_heads(items)  # "Vereinigung X" tagged PER
        node_of: list[str] = []
        info: dict[str, dict[str, Any]] = {}
        uf = GuardedUnionFind()

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
        spelled: dict[str, set[str]] = defaultdict(set)  # a place's spelling key -> its G| nodes
        for idx, (a, m, lang, base) in enumerate(items):
            typ = m.type
            if m.attrs.get("disease"):  # one entity per disease, whatever the word or language
                node = "D|" + m.attrs["disease"]
                note(node, typ, base, lang, [])
                node_of.append(node)
                continue
            country = country_entry(m.attrs["demonym"]) if m.attrs.get("demonym") else None
            if country is not None:  # "украинцы", "les Libanais": the country's people
                node = "A|" + country[0]
                note(node, "LOC", base, lang, [])
                info[node]["cldr"] = country
                node_of.append(node)
                continue
            letters = spelled_acronym(m.text) if typ != "PER" else None
            if letters:  # "Би-би-си": the acronym BBC spelled out in letter names
                node = "N|^" + letters
                note(node, typ, m.text, lang, [])
                node_of.append(node)
                continue
            acr = is_acronym(base) or is_acronym(m.text)
            if acr and len(m.text) >= 4:
                spelled_out = capitalised_place(m.text, lang)
                if spelled_out:  # a dateline in capitals ("МОСКВА", "КИЇВ") names a place
                    acr, base = False, spelled_out
            if typ != "PER" or acr:
                hit = gaz.lookup(m.text if acr else base, lang) or (gaz.lookup(m.text, lang) if not acr else None)
                if not hit and not acr and link_data(lang).section.dictionary_lemma:
                    hit = gaz.lookup(dictionary_lemma(m.text, lang), lang)  # "Číny" → "Čína"
                place = place_of(m.text, base, lang) if not acr else None
                if hit:
                    node = "A|" + hit[0]
                    note(node, hit[1], base, lang, [])
                    info[node]["cldr"] = hit
                    node_of.append(node)
                    if place is not None and same_as_anchor(hit[0], place):
                        # the CLDR name meets the place's other names
                        gnode = place_node(place)
                        info[node].setdefault("geo", place)  # (its country, for the article's)
                        if gnode not in info:
                            note(gnode, "LOC", base, lang, [])
                            info[gnode].update(n=0, geo=place)
                        uf.union(node, gnode)
                    continue
                if place is not None and typ == "LOC":  # exonym key: same gazetteer place
                    node = place_node(place)
                    toks = token_keys(base, lang)
                    note(node, typ, base, lang, toks, m.text)
                    info[node]["geo"] = place
                    node_of.append(node)
                    if toks:  # the spelling's own key, for forms the gazetteer does not read
                        spelled[node_key(typ, toks)].add(node)
                    continue
            if acr:
                node = acronym_node(m.text)
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
            if (lang in SLAVIC_LATIN or (typ == "PER" and lang not in (None, "en"))) \
                    and script_of(base) == "latin":
                kk2 = (base, "#en")
                alt = keys_cache.get(kk2)
                if alt is None:
                    alt = keys_cache[kk2] = token_keys(base, None)
                if alt == toks or not alt:
                    alt = None
                elif lang in SLAVIC_LATIN and typ == "PER" \
                        and len(alt) > len(toks) == len(WORD.findall(base)) - 1:
                    # a word left no native key at all ("Joe" read as Czech "Jo-e"): the
                    # name is foreign, its English reading is its key ("Joe Biden" = "Джо Байден")
                    toks, alt = alt, None
            node = node_key(typ, toks, vowel_key(base, lang) if len("".join(toks)) < 3 else "")
            note(node, typ, base, lang, toks, m.text)
            node_of.append(node)
            if typ == "PER" and node.startswith("P|") and _FAMILY_FIRST.search(m.text):
                info[node]["family_first"] = True
            if typ == "PER" and node.startswith("S|") and "geo" not in info[node]:
                info[node]["geo"] = place_of(m.text, base, lang)  # a place typed PER?
            if alt is not None and len(alt) == len(toks) and len("".join(alt)) >= 3:
                node2 = node_key(typ, alt)
                if node2 not in info:
                    note(node2, typ, base, lang, alt)
                    info[node2]["n"] = 0
                uf.union(node, node2)

        # a place's other forms under the same spelling key ("Исламабадом" when "Исламабаде" was
        # read): joined when that key is one place's only
        for nd, places in spelled.items():
            if len(places) == 1 and nd in info:
                uf.union(nd, next(iter(places)))

        # organisation names of translated type words ("Sąd Najwyższy" = "Верховный суд" when
        # both name the same country's, "Organizzazione meteorologica mondiale" = "Всемирная
        # метеорологическая организация"): one key across languages
        gloss_unions(items, node_of, info, uf)
        join_acronym_forms(items, node_of, info, uf)  # "NIJZ-ja", "Nijz", "COVAХ" → NIJZ, COVAX
        eponym_unions(items, node_of, uf)  # "Центр им. Гамалеи" = "НИИ имени Н. Ф. Гамалеи"

        # 2b: the analyst's aliases: split names are kept apart, merge names gathered
        alias_merge: dict[int, list[str]] = defaultdict(list)
        if self.aliases:
            matcher = AliasMatcher(self.aliases)
            for idx, (a, m, lang, base) in enumerate(items):
                for kind, gi, ni in (matcher.matches(m.text, base, node_of[idx]) if node_of[idx] else ()):
                    if kind == "split":
                        uf.keep_apart(node_of[idx], gi, ni)
                    else:
                        alias_merge[gi].append(node_of[idx])

        # names already in the repository take part in the merging (without mentions), so a new
        # spelling meets an entity seen in an earlier batch
        for stored_id, stored_names in (self.store.known_persons() if self.store else []):
            for var in stored_names[:30]:
                toks = token_keys(var, None)
                if len(toks) >= 2:
                    nd = "P|" + " ".join(toks)
                    if nd not in info:
                        note(nd, "PER", var, None, toks)
                        info[nd]["n"] = 0
                        info[nd]["types"]["PER"] = 0
                        info[nd]["repo"] = stored_id

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
        place_votes: dict[str, Counter] = defaultdict(Counter)  # "X of Pakistan" → "X"

        def surname_map(idxs: Iterable[int]) -> dict[str, Counter]:
            sm: dict[str, Counter] = defaultdict(Counter)
            for j in idxs:
                node = node_of[j]
                if node.startswith("P|"):
                    toks = info[node]["toks"]
                    if info[node].get("family_first"):  # "Lee Ji-hoon" alone is "Lee"
                        sm[toks[0]][node] += 1
                        continue
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
                    for acr_form in long_form_initials(items[j][1].text, items[j][3], items[j][2]):
                        acr_long.setdefault(acronym_node(acr_form), node)
            defined = parenthesised_acronyms(items, idxs, node_of)
            # a full name's last words ("X Y" after "A B X Y", "El Amrani"): see entity_tails
            tails = name_tails(idxs, node_of, info)
            for j in idxs:
                node = node_of[j]
                if j in defined:  # "Агентство речного транспорта (АРТ)"
                    attached[j] = defined[j]
                    acr_votes[node][defined[j]] += 1
                elif node.startswith("S|"):
                    key = node[2:]
                    cands = sm.get(key) or sm.get("^" + key)
                    if not cands:  # a short surname in a case form ("Ткачем" after "Ян Ткач")
                        short = short_stem_key(items[j][3], items[j][2])
                        cands = sm.get(short) if short else None
                    if cands:
                        attached[j] = cands.most_common(1)[0][0]
                elif node.startswith("P|") and len(tails.get(tuple(info[node]["toks"]), ())) == 1:
                    attached[j] = next(iter(tails[tuple(info[node]["toks"])]))
                elif node.startswith("N|^"):
                    tgt = acr_long.get(node)
                    if tgt:
                        attached[j] = tgt
                        acr_votes[node][tgt] += 1
            # an organisation named by one word of its full name ("Cockpit" after
            # "Vereinigung Cockpit"), like a surname after the full name of a person
            for j, tgt in org_short_forms(items, idxs, node_of, info).items():
                attached.setdefault(j, tgt)  # (this mention only: no vote for everywhere)
            for j, tgt in [*given_name_places(items, idxs, node_of, info).items(),
                           *acronym_with_place(items, idxs, node_of).items()]:
                attached.setdefault(j, tgt)  # (this mention only)
            for j, tgt in org_with_place(items, idxs, node_of, info).items():
                if j not in attached:
                    attached[j] = tgt
                    place_votes[node_of[j]][tgt] += 1
        # same event, for lone surnames still unattached
        for ev, idxs in by_event.items():
            sm = surname_map(idxs)
            for j in idxs:
                if j not in attached and node_of[j].startswith("S|"):
                    cands = sm.get(node_of[j][2:])
                    if cands:
                        attached[j] = cands.most_common(1)[0][0]
        for j, tgt in attached.items():
            if not uf.conflict(node_of[j], tgt):
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
        # an organisation with its country paired with the short name in most articles that
        # hold both: everywhere, unless the short name is paired with several countries
        # ("Ministry of Health" of two countries must not meet through it)
        suitors: dict[str, set] = defaultdict(set)
        for nd, votes in place_votes.items():
            suitors[votes.most_common(1)[0][0]].add(nd)
        for nd, votes in place_votes.items():
            tgt, c = votes.most_common(1)[0]
            if c >= 2 and c >= 0.7 * sum(votes.values()) and len(suitors[tgt]) == 1:
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
            local = [j for j in idxs if node_of[j].startswith(("N|", "A|", "G|"))
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
                    if is_acronym(items[j2][1].text) != is_acronym(items[j][1].text):
                        continue  # a word is no typo of an acronym ("Natrum" ≠ "NATO")
                    if any(f2[:2] == f1[:2] and abs(len(f2) - len(f1)) <= 2
                           and Levenshtein.distance(f1, f2) <= 2 for f2 in folds(j2)):
                        best = node2
                        break
                if best and not uf.conflict(node, best):
                    node_of[j] = best
                    info[node]["n"] -= 1
                    info[node]["types"][items[j][1].type] -= 1

        # 4: across documents
        merge_across_documents(info, uf)
        acronyms_by_cluster(acr_votes, info, uf)
        context_short_forms(items, node_of, info, uf, by_article)  # "Uniwersytet Medyczny" by "WUM"
        for gi, nodes in alias_merge.items():
            for nd in nodes[1:]:
                uf.force(nodes[0], nd)
        alias_names = {uf.find(nodes[0]): matcher.canonical(gi) for gi, nodes in alias_merge.items()}

        self.last_nodes = {nd: uf.find(nd) for nd in info}  # for inspection/debugging
        self.last_mention_nodes = [(items[i][1], nd) for i, nd in enumerate(node_of)]
        # 5: clusters, names, ids
        clusters: dict[str, list[int]] = defaultdict(list)
        for idx, node in enumerate(node_of):
            if node:
                clusters[uf.find(node)].append(idx)
        existing = self.store.existing_keys() if self.store else defaultdict(list)
        members: dict[str, list[str]] = defaultdict(list)
        for nd, d in info.items():
            if d.get("repo"):
                members[uf.find(nd)].append(nd)
        used_ids: set[str] = set()
        records: list[ResolvedCluster] = []
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
            name, typ = canonical_name(idxs, items, nodes, info)
            name = alias_names.get(root, name)
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
                if typ in _NAMED and items[i][1].type in _NAMED:
                    items[i][1].type = typ  # one type per entity, decided across its mentions
            records.append(ResolvedCluster(eid, [items[i] for i in idxs], nodes))
        if self.store is not None:
            self.store.save(records)
