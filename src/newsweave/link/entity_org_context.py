"""Short forms of organisation names checked by the article's context, after cross-document
merging (used by :class:`link.entities.EntityResolver`).

Before merging, a short form can only meet the long name its own article spells out.  Once the
clusters are built, an article that names a cluster by any of its forms (its acronym, another
case form) also vouches for the cluster's other long forms: a shorter organisation name whose
word keys (case endings stripped, every word) are a run of words of one such long form
("Uniwersytet Medyczny" beside "WUM", whose cluster holds "Warszawski Uniwersytet Medyczny";
"Агентства резервов" beside the agency's acronym) joins that cluster in that article.  A name
seen so in most of its articles joins it everywhere.  Guards: the long form must be the only
cluster of the article offering the short one; two names written together ("Sanofi GSK",
both names of their own) offer nothing; a short name far more frequent than the long form's
cluster is an entity of its own ("Ryanair" beside "Ryanair Sun")."""
from __future__ import annotations

from collections import Counter, defaultdict

from .entity_keys import token_keys
from .entity_unionfind import GuardedUnionFind

Item = tuple  # (article, mention, lang, base), as EntityResolver builds them


def _runs(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    """Is ``short`` a run of consecutive words of the longer ``long``?"""
    n = len(short)
    return n < len(long) and any(long[i:i + n] == short for i in range(len(long) - n + 1))


def _forms(info: dict, uf: GuardedUnionFind, keyed: dict) -> dict[str, set[tuple[str, ...]]]:
    """Every cluster's long forms (two words or more) as tuples of word keys."""
    out: dict[str, set[tuple[str, ...]]] = defaultdict(set)
    for nd, d in info.items():
        if not nd.startswith(("N|", "A|")) or nd.startswith("N|^"):
            continue
        root = uf.find(nd)
        for base, lang in d["forms"]:
            toks = keyed.get((base, lang))
            if toks is None:
                toks = keyed[(base, lang)] = tuple(t for t in token_keys(base, lang) if t != "@")
            if len(toks) >= 2:
                out[root].add(toks)
    return out


def context_short_forms(items: list[Item], node_of: list[str], info: dict,
                        uf: GuardedUnionFind, by_article: dict[int, list[int]]) -> None:
    """Join organisation short forms to the cluster their article names (see the module's
    docstring); moves single mentions in ``node_of`` and unions nodes in ``uf``."""
    keyed: dict = {}
    forms = _forms(info, uf, keyed)
    size: Counter = Counter()
    types: dict[str, Counter] = defaultdict(Counter)
    for nd, d in info.items():
        r = uf.find(nd)
        size[r] += d["n"]
        types[r].update(d["types"])
    single_keys = {d["toks"][0] for nd, d in info.items()
                   if nd.startswith("N|") and d["n"] and len(d["toks"]) == 1}

    def joint(long: tuple[str, ...], short: tuple[str, ...]) -> bool:
        """The long form is two names written together: what is left beside the short form is
        a name of its own ("GSK" beside "Sanofi" in "Sanofi GSK")."""
        for i in range(len(long) - len(short) + 1):
            if long[i:i + len(short)] == short:
                rest = long[:i] + long[i + len(short):]
                return len(rest) == 1 and rest[0] in single_keys
        return False

    votes: dict[str, Counter] = defaultdict(Counter)  # short node -> {cluster root: articles}
    moves: list[tuple[int, str]] = []
    for idxs in by_article.values():
        present = {uf.find(node_of[j]) for j in idxs if node_of[j]}
        orgs = [r for r in present if r in forms and types[r].most_common(1)[0][0] == "ORG"]
        seen: set[str] = set()
        for j in idxs:
            nd = node_of[j]
            if not nd.startswith("N|") or nd.startswith("N|^") or items[j][1].type != "ORG" \
                    or nd in seen:
                continue
            short = tuple(t for t in info[nd]["toks"] if t != "@")
            if not short or len("".join(short)) < 4:
                continue
            mine = uf.find(nd)
            cands = {r for r in orgs if r != mine and size[mine] <= 2 * size[r]
                     and any(_runs(short, f) and not joint(f, short) for f in forms[r])}
            if len(cands) != 1:
                continue
            tgt = next(iter(cands))
            if uf.conflict(nd, tgt):
                continue
            seen.add(nd)
            votes[nd][tgt] += 1
            moves.extend((k, tgt) for k in idxs if node_of[k] == nd)
    articles_of: Counter = Counter()
    for idxs in by_article.values():
        for nd in {node_of[j] for j in idxs}:
            articles_of[nd] += 1
    joined = set()
    for nd, vs in votes.items():
        tgt, c = vs.most_common(1)[0]
        if c >= 2 and c >= 0.7 * articles_of[nd] and not uf.conflict(nd, tgt):
            uf.union(nd, tgt)
            joined.add(nd)
    for k, tgt in moves:
        if node_of[k] not in joined:
            info[node_of[k]]["n"] -= 1
            node_of[k] = tgt
