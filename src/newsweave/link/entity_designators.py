"""Company names with and without their designators ("Sinovac Biotech" = "Sinovac", "Ryanair
Holdings Plc" = "Ryanair", "CanSino Biologics" = "CanSino Biological"): a firm is named with its
legal form (Inc, Plc, AG, d.o.o., s.r.o.) or its trade word (Holding, Group, Biotech, Pharma)
in one article and without it in another.  Such words are international, so one table serves
every language.  A name whose designators are stripped joins the name that is what remains, when
the corpus holds that name as a non-person, and names sharing what remains join each other;
a trade word that is the whole name, a remainder under three letters, or a name that is only a
minority of its cluster (which would drag that cluster along) decides nothing."""
from __future__ import annotations

import re
from collections import Counter, defaultdict

from .entity_keys import is_acronym, node_key, token_keys
from .translit import fold
from .entity_unionfind import GuardedUnionFind

# trailing legal forms and trade words of company names, one or more, after a space or comma
_DESIGNATOR = re.compile(
    r"(?:[\s,]+(?:inc|incorporated|corp|corporation|co|company|ltd|limited|llc|plc|ag|se|gmbh|"
    r"sa|s\.\s?a|nv|n\.\s?v|bv|dac|spa|s\.\s?p\.\s?a|kg|a\.\s?s|s\.\s?r\.\s?o|d\.\s?o\.\s?o|"
    r"d\.\s?d|sp\.\s?z\s?o\.\s?o|holding|holdings|group|groupe|gruppe|biotech|biotechnology|"
    r"biologics|biological|bio|pharma|pharmaceutical|pharmaceuticals|pharmaceutica|"
    r"therapeutics|laboratories|labs)\.?)+$",
    re.IGNORECASE)


def core_name(base: str) -> str | None:
    """The name without its trailing designators ("Sinovac Biotech" → "Sinovac"), else None
    (no designator, or nothing of three letters left)."""
    m = _DESIGNATOR.search(base)
    if m is None:
        return None
    core = base[:m.start()].strip(" ,")
    return core if len(re.sub(r"\W", "", core)) >= 3 and core[:1].isupper() else None


def merge_designators(info: dict, uf: GuardedUnionFind) -> None:
    """Join company names that differ by their designators only (see the module)."""
    size: Counter = Counter()
    for nd, d in info.items():
        size[uf.find(nd)] += d["n"]
    by_core: dict[str, list[str]] = defaultdict(list)
    for nd, d in info.items():
        if not nd.startswith("N|") or nd.startswith("N|^") or not d["n"] \
                or size[uf.find(nd)] > 2 * d["n"]:
            continue  # (a node that is a minority of its cluster must not drag it along)
        for base, lang in d["forms"]:
            core = core_name(base)
            if core and is_acronym(core):  # "MIG AG" → the acronym MIG
                by_core["N|^" + fold(core).upper().replace(".", "").replace("-", "")].append(nd)
                continue
            toks = token_keys(core, lang) if core else []
            if toks:
                by_core[node_key("ORG", toks)].append(nd)
    for core, nodes in by_core.items():
        target = info.get(core)
        if target is not None and target["n"] and not _mostly_person(target):
            nodes = [core, *nodes]
        for nd in nodes[1:]:
            if uf.find(nd) != uf.find(nodes[0]) and not uf.conflict(nd, nodes[0]):
                uf.union(nodes[0], nd)


def _mostly_person(d: dict) -> bool:
    return 2 * d["types"].get("PER", 0) > sum(d["types"].values())
