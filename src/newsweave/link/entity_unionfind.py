"""Union-find over entity-name nodes, with the cannot-link guards of CLDR anchors, of gazetteer
places and of an analyst's ``split`` aliases."""
from __future__ import annotations


class GuardedUnionFind:
    """Union-find with a cannot-link guard: two clusters holding different gazetteer anchors
    ("A|cldr:GB", "A|cldr:US") or different gazetteer places ("G|city:1", "G|city:2") are never
    joined, whatever chain of fuzzy evidence links them (the two kinds are separate guards: a
    CLDR anchor meets its place through a mention that holds both)."""

    def __init__(self) -> None:
        self.p: dict[str, str] = {}
        self.anchor: dict[str, str] = {}
        self.place: dict[str, str] = {}
        self.apart: dict[str, dict[int, int]] = {}  # root -> {split group: name index}

    def keep_apart(self, node: str, group: int, name: int) -> None:
        """``node`` is name ``name`` of split group ``group``: never joined to another name of it."""
        self.apart.setdefault(self.find(node), {})[group] = name

    def conflict(self, a: str, b: str) -> bool:
        """Would joining the clusters of ``a`` and ``b`` break a guard?"""
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return False
        xa, xb = self.anchor.get(ra), self.anchor.get(rb)
        if xa and xb and xa != xb:
            return True
        ga, gb = self.place.get(ra), self.place.get(rb)
        if ga and gb and ga != gb:
            return True
        pa, pb = self.apart.get(ra, {}), self.apart.get(rb, {})
        return any(g in pb and pb[g] != n for g, n in pa.items())

    def force(self, a: str, b: str) -> None:
        """Join two clusters whatever the anchor guard says (an analyst's ``merge``)."""
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            lo, hi = min(ra, rb), max(ra, rb)
            self.p[hi] = lo
            self.anchor[lo] = self.anchor.get(lo) or self.anchor.get(hi)
            self.place[lo] = self.place.get(lo) or self.place.get(hi)
            self.apart[lo] = {**self.apart.pop(hi, {}), **self.apart.get(lo, {})}

    def find(self, x: str) -> str:
        p = self.p
        if x not in p:
            p[x] = x
            if x.startswith("A|"):
                self.anchor[x] = x
            elif x.startswith("G|"):
                self.place[x] = x
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
        if self.conflict(ra, rb):
            return False
        xa, xb = self.anchor.get(ra), self.anchor.get(rb)
        lo, hi = min(ra, rb), max(ra, rb)
        self.p[hi] = lo
        if xa or xb:
            self.anchor[lo] = xa or xb
        ga, gb = self.place.get(ra), self.place.get(rb)
        if ga or gb:
            self.place[lo] = ga or gb
        if hi in self.apart:
            self.apart[lo] = {**self.apart.pop(hi), **self.apart.get(lo, {})}
        return True
