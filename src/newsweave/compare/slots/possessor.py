"""A person named as the possessor of the name before it: "the Tiroler Volksliste of governor X
won", "Lista gubernatora X wygrała" (the governor's list). The winner readers take the name right
before a verb of winning; when that name is a person joined to an earlier name by the language's
``possessor_links`` (a preposition of possession and a title, or in a cased language a title in
the genitive), the earlier name is the subject: the list, the party, the team, not its leader."""
from __future__ import annotations

import re
from functools import lru_cache

from ... import lang
from ..claim_records import Claim
from ...model import Article

# a gloss in brackets between the head and its possessor ("Tiroler Volksliste (Tyrolska Lista
# Ludowa) gubernatora X"): left out before the link is read
_GLOSS = re.compile(r"\s*\([^()]{0,80}\)")


@lru_cache(maxsize=None)
def _link(code: str | None) -> re.Pattern[str] | None:
    """The whole gap between a head name and its possessor in the language, or None: no link."""
    own = lang.language(code)
    frags = own.claims.possessor_links if own is not None else []
    return re.compile("(?:" + "|".join(f"(?:{f})" for f in frags) + ")") if frags else None


def possessor_head(a: Article, c: Claim, found: tuple[int, str, str, int] | None
                   ) -> tuple[int, str, str, int] | None:
    """``found`` (start, name, gap, verb start) of a winner reader, or the head name of its
    phrase when the name found is a person that possesses it (the nearest head that links)."""
    link = _link(a.lang)
    if found is None or link is None:
        return found
    person = next((m for m in a.entities if m.start == found[0] and m.type == "PER"), None)
    if person is None:
        return found
    heads = [m for m in a.entities if m.type in ("PER", "ORG") and c.start <= m.start and m.end <= person.start
             and link.fullmatch(_GLOSS.sub("", a.text[m.end:person.start]))]
    if not heads:
        return found
    h = max(heads, key=lambda m: m.end)
    return h.start, h.name or h.text, a.text[h.end:found[3]], found[3]
