"""Short forms of a full person name within one article: its last words.

A full name is often repeated as its last words: the two surnames of a four-word name ("X Y"
after "A B X Y"), or a surname with its particle ("El Amrani" after "Youssef El Amrani", "Abu
Jawdeh", "van der Berg", "bin Laden").  A particle is a word written lower-case in the full name
or of three letters at most; a full name whose first word is a common word of its language
("Christian Asia Bibi": a noun the recogniser took in) offers no particle tail, as its tail
may be the whole real name."""
from __future__ import annotations

from collections import defaultdict
from typing import Iterable

from ..enrich.ner_lexicon import is_common_word
from .entity_keys import WORD


def name_tails(idxs: Iterable[int], node_of: list[str], info: dict) -> dict[tuple, set[str]]:
    """Keys of the tails of each full-person node of an article -> the nodes offering them."""
    tails: dict[tuple, set[str]] = defaultdict(set)
    for j in idxs:
        node = node_of[j]
        if not node.startswith("P|"):
            continue
        tk = info[node]["toks"]
        if len(tk) >= 4:
            tails[tuple(tk[-2:])].add(node)
        (form, lang), _ = info[node]["forms"].most_common(1)[0]
        words = WORD.findall(form)
        if len(words) != len(tk) or is_common_word(words[0], lang):
            continue
        for k in range(2, len(tk)):
            w = words[-k]
            if w.islower() or len(w) <= 3:
                tails[tuple(tk[-k:])].add(node)
    return tails
