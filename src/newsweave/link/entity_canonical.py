"""The canonical name and type of a resolved entity (see :mod:`link.entities`): the English CLDR
name for gazetteer places; otherwise the most frequent Latin-script multi-word base form (for
persons), else the most frequent Latin-script base form, else the most frequent base form in its
own script."""
from __future__ import annotations

from collections import Counter

from .entity_keys import WORD
from .translit import script_of


def canonical_name(idxs, items, nodes, info) -> tuple[str, str]:
    """(name, type) of the cluster holding mentions ``idxs`` of ``items`` and nodes ``nodes``."""
    types = Counter(items[i][1].type for i in idxs)
    for nd in nodes:
        if nd.startswith("A|") and info[nd].get("cldr"):
            hit = info[nd]["cldr"]
            return hit[2], hit[1]
    for nd in sorted(nodes):
        if nd.startswith("G|") and info[nd].get("geo"):
            return info[nd]["geo"].name, "LOC"
    typ = types.most_common(1)[0][0]
    forms = Counter()
    for i in idxs:
        forms[items[i][3]] += 1
    latin = [(f, c) for f, c in forms.most_common() if script_of(f) == "latin"]
    multi = [(f, c) for f, c in latin if len(WORD.findall(f)) >= 2]
    if typ == "PER" and multi:
        return multi[0][0], typ
    if latin:
        return latin[0][0], typ
    multi_any = [(f, c) for f, c in forms.most_common() if len(WORD.findall(f)) >= 2]
    if typ == "PER" and multi_any:
        return multi_any[0][0], typ
    return forms.most_common(1)[0][0], typ
