"""Cross-document merging of non-person names: fuzzy keys, short forms (aliases, clipped
compounds, head words) and inhabitant names joined to their country."""
from __future__ import annotations

from collections import Counter, defaultdict

from rapidfuzz.fuzz import ratio

from .entity_designators import core_name
from .entity_keys import WORD, any_demonym, link_data, token_keys, vowel_key
from .entity_unionfind import GuardedUnionFind


def merge_others(info: dict, uf: GuardedUnionFind) -> None:
    """Non-person names: fuzzy merge inside buckets of the key's first letters."""
    buckets: dict[str, list[str]] = defaultdict(list)
    for node, d in info.items():
        if node.startswith("N|") and not node.startswith("N|^"):
            key = node[2:]
            if len(key) >= 4:
                buckets[key[:3]].append(node)
    # a name already joined to a person's full name ("Jalid al X" tagged MISC) is merged as a
    # person, by given name and surname, never by fuzzy keys ("Jalifa al X" is another man)
    person_roots = {uf.find(nd) for nd in info if nd.startswith("P|")}
    for b, nodes in buckets.items():
        nodes = [n for n in nodes if uf.find(n) not in person_roots]
        if len(nodes) < 2:
            continue
        nodes.sort(key=lambda n: -info[n]["n"])
        nodes = nodes[:300]
        vk = {n: vowel_key(*info[n]["forms"].most_common(1)[0][0]) for n in nodes}
        for i, n1 in enumerate(nodes):
            for n2 in nodes[i + 1:]:
                k1, k2 = n1[2:], n2[2:]
                if abs(len(k1) - len(k2)) > 1:
                    continue
                typ = main_type(info[n1])
                # (persons merge by given name and surname: "Khalid al-X" ≠ "Khalifa al-X")
                if typ != "PER" and typ == main_type(info[n2]) \
                        and ratio(k1, k2) >= 85 and ratio(vk[n1], vk[n2]) >= 85:
                    uf.union(n1, n2)


def main_type(d: dict) -> str:
    pos = [(c, t) for t, c in d["types"].items() if c > 0]
    return max(pos)[1] if pos else "MISC"


def merge_aliases(info: dict, uf: GuardedUnionFind) -> None:
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
                base = core_name(base) or base  # a legal form is no head word ("X Holdings Plc")
                words = WORD.findall(base)
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


def merge_demonyms(info: dict, uf: GuardedUnionFind) -> None:
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
    anchored = {uf.find(nd) for nd in info if nd.startswith(("A|", "G|"))}
    anchored |= {r for r, c in person_n.items() if 2 * c > size[r]}  # mostly a person
    for node, d in info.items():
        if not node.startswith(("N|", "S|")) or node.startswith("N|^") or d["n"] == 0 \
                or len(d["toks"]) != 1 or uf.find(node) in anchored \
                or size[uf.find(node)] > 2 * d["n"]:
            continue  # (a node that is a minority of its cluster must not drag it along)
        m = None
        for (base, lang), _ in [*d["forms"].most_common(2), *d["texts"].most_common(2)]:
            demonym = link_data(lang).demonym
            if demonym and base[:1].isupper() and not base.isupper():
                m = demonym.search(base.lower())
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
                   if any_demonym().search(b.lower()) and b[:1].isupper())
        if 2 * demo < sum(d["texts"].values()):
            continue
        ranked = sorted(((size[r], r) for r in cands), reverse=True)
        if len(ranked) == 1 or ranked[0][0] >= 4 * ranked[1][0]:
            uf.union(node, ranked[0][1])


def merge_glued_names(info: dict, uf: GuardedUnionFind) -> None:
    """A two- or three-word name of a firm or place is also written as one word ("Wizz Air" /
    "Wizzair", "Easy Jet" / "easyJet", "Lauda Motion" / "Laudamotion"): the words' keys in
    order, glued (a word-initial vowel mark dropped inside), are the one word's key; joined
    when neither is mostly a person."""
    for node, d in list(info.items()):
        if not node.startswith("N|") or node.startswith("N|^") or not d["n"] \
                or not 2 <= len(d["toks"]) <= 3:
            continue
        toks = d["toks"]
        glued = toks[0] + "".join(t.lstrip("@") for t in toks[1:])
        other = info.get("N|" + glued)
        if other is None or len(glued) < 3 or not other["n"] or len(other["toks"]) != 1:
            continue
        if "PER" not in (main_type(d), main_type(other)):  # (an unknown word's LOC is a guess)
            uf.union(node, "N|" + glued)
