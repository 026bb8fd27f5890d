"""Union-find over entity-name nodes, with the cannot-link guard of gazetteer anchors."""
from __future__ import annotations


class GuardedUnionFind:
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
