"""Within one article, the organisation forms that name one organisation: an acronym defined in
parentheses after its name, one word of a multi-word name used alone, a name written with
its country beside the same name without it, and a bare acronym beside the acronym written
with a city (used by :class:`link.entities.EntityResolver`)."""
from __future__ import annotations

import re
from collections import Counter, defaultdict

from ..enrich import ner_gazetteer as gaz
from ..enrich.ner_lang import ner_data
from .entity_keys import WORD
from .entity_places import place_of
from .translit import fold

_DEFINES = re.compile(r"[\"»”“']?\s*\(\s*$")


def parenthesised_acronyms(items, idxs: list[int], node_of: list[str]) -> dict[int, str]:
    """Acronyms written in parentheses right after a name ("Tehreek-e-Labbaik Pakistan (TLP)",
    "Агентство речного транспорта (АРТ)"): the writer defines them as that name,
    whatever their letters (index of the acronym's mention → the name's node)."""
    out: dict[int, str] = {}
    order = sorted(idxs, key=lambda j: items[j][1].start)
    for prev, j in zip(order, order[1:]):
        if not node_of[j].startswith("N|^") or not node_of[prev] or node_of[prev].startswith("N|^"):
            continue
        art, m, pm = items[j][0], items[j][1], items[prev][1]
        if 0 < m.start - pm.end <= 4 and _DEFINES.fullmatch(art.text[pm.end:m.start]) \
                and not node_of[prev].startswith(("P|", "S|")) \
                and fold(m.text)[:1] == fold(pm.text)[:1]:  # "США (FDA)" defines nothing
            out[j] = node_of[prev]
    return out


def long_form_initials(text: str, base: str, lang: str | None) -> list[str]:
    """The acronyms a multi-word name may be written as: the initials of its capitalised words
    ("Vereinigung Cockpit" → "VC"), and of all its words but connectors, lower-case words
    of one or two letters and elided articles ("Cour européenne des droits de l'homme" → "CEDH",
    "Европейский суд по правам человека" → "ЕСПЧ", "Nacionalni inštitut za javno zdravje" →
    "NIJZ")."""
    out: list[str] = []
    words = [w for w in WORD.findall(base) if w[:1].isupper()]
    if len(words) >= 2:
        out.append("".join(w[0] for w in words).upper())
    conn = ner_data(lang).conn
    content = [w for w in _ELIDED.sub(" ", text).split()
               if w[:1].isupper() or len(w) > 2 and w not in conn]
    if len(content) >= 2 and len(content) <= 6 and all(w[:1].isalpha() for w in content):
        acr = "".join(w[0] for w in content).upper()
        if acr not in out:
            out.append(acr)
    return out


_ELIDED = re.compile(r"\b\w{1,4}['’]")  # "l'", "dell'": an article fused to the next word


def org_short_forms(items, idxs: list[int], node_of: list[str], info: dict) -> dict[int, str]:
    """One-word organisation mentions equal to the first or last word of a multi-word
    organisation of the same article (index → that organisation's node); places of the
    gazetteer are anchors of their own and never short forms ("Pakistan" in "Tehreek-e-Labbaik
    Pakistan"), and two names written together ("Pfizer BioNTech") are no full name."""
    def named(j: int) -> bool:
        nd = node_of[j]
        return nd.startswith("N|") and not nd.startswith("N|^") and items[j][1].type == "ORG"

    parts: dict[str, Counter] = defaultdict(Counter)
    for j in idxs:
        if named(j) and len(info[node_of[j]]["toks"]) >= 2:
            toks = info[node_of[j]]["toks"]
            for t in {toks[0], toks[-1]}:
                if len(t) >= 3:
                    parts[t][node_of[j]] += 1
    singles = {info[node_of[j]]["toks"][0] for j in idxs if node_of[j] and info[node_of[j]]["toks"]
               and len(info[node_of[j]]["toks"]) == 1}
    # two names written together ("Pfizer BioNTech", both also alone) offer no short form
    joint = {nd for c in parts.values() for nd in c
             if sum(t in singles for t in {info[nd]["toks"][0], info[nd]["toks"][-1]}) >= 2}
    out: dict[int, str] = {}
    for j in idxs:
        if named(j) and len(info[node_of[j]]["toks"]) == 1:
            # (a name far more frequent alone than in the long form is an entity of its own:
            # "Ryanair" beside "Ryanair Sun")
            cands = {nd for nd in parts.get(info[node_of[j]]["toks"][0], ()) if nd not in joint
                     and info[node_of[j]]["n"] <= 2 * info[nd]["n"]}
            if len(cands) == 1:
                out[j] = next(iter(cands))
    return out


def org_with_place(items, idxs: list[int], node_of: list[str], info: dict) -> dict[int, str]:
    """An organisation written with its country ("Верховный суд Пакистана") is the one the same
    article also names without it ("Верховный суд"): index of the longer mention → the
    shorter name's node; in this article only, unless most articles pair the two alike
    (elsewhere the short name may be another country's)."""
    orgs = {node_of[j]: info[node_of[j]]["toks"] for j in idxs
            if node_of[j].startswith("N|") and not node_of[j].startswith("N|^")
            and items[j][1].type == "ORG" and info[node_of[j]]["toks"]}
    out: dict[int, str] = {}
    for j in idxs:
        toks = orgs.get(node_of[j])
        if not toks or len(toks) < 3:
            continue
        words = WORD.findall(items[j][3])
        short = [nd for nd, t in orgs.items() if 2 <= len(t) < len(toks) and toks[:len(t)] == t
                 and gaz.static_type(" ".join(w for w in words[len(t):] if w[:1].isupper()),
                                     items[j][2]) == "LOC"]
        if len(short) == 1:
            out[j] = short[0]
    return out



def acronyms_by_cluster(votes: dict[str, Counter], info: dict, uf) -> None:
    """An acronym's expansions across articles, after cross-document merging: two spellings the
    acronym expands to in two articles or more each, one holding every word of the other
    ("TLP" for "Tehreek-e-Insaaf" here and "Техрик-э-Инсааф Пакистан" there), name one body and
    are joined; the acronym joins the cluster holding most (70 %, two at least) of its
    expansions."""
    for nd, vs in votes.items():
        if not info[nd]["n"]:
            continue
        ranked = [(c, tgt) for tgt, c in vs.most_common() if c >= 2]
        for (_, t1), (_, t2) in zip(ranked, ranked[1:]):
            k1, k2 = set(info[t1]["toks"]) - {"@"}, set(info[t2]["toks"]) - {"@"}
            if k1 and k2 and (k1 <= k2 or k2 <= k1):
                uf.union(t1, t2)
        by_root: Counter = Counter()
        for tgt, c in vs.items():
            by_root[uf.find(tgt)] += c
        root, c = by_root.most_common(1)[0]
        if c >= 2 and c >= 0.7 * sum(by_root.values()) and uf.find(nd) != root:
            uf.union(nd, root)


def acronym_with_place(items, idxs: list[int], node_of: list[str]) -> dict[int, str]:
    """An acronym written alone in an article that also writes it with a place ("UKC" beside
    "UKC Ljubljana", the hospital of that city) is that body: index of the bare acronym →
    the node of the one such name in the article (this mention only: elsewhere the bare
    acronym may be another city's body, "UKC Maribor")."""
    with_place: dict[str, set[str]] = defaultdict(set)
    for j in idxs:
        words = items[j][1].text.split()
        if len(words) >= 2 and node_of[j] and not node_of[j].startswith(("N|^", "P|", "S|")) \
                and words[0].isupper() and len(words[0]) >= 2 \
                and (gaz.static_type(" ".join(words[1:]), items[j][2]) == "LOC"
                     or place_of(" ".join(words[1:]), " ".join(words[1:]), items[j][2])):
            with_place[fold(words[0]).upper()].add(node_of[j])
    out: dict[int, str] = {}
    for j in idxs:
        if node_of[j].startswith("N|^") and len(with_place.get(node_of[j][3:], ())) == 1:
            out[j] = next(iter(with_place[node_of[j][3:]]))
    return out
