"""Titles and roles written next to a person's name ("secrétaire du Conseil de sécurité",
"dirigeant nord-coréen", "глава МИД"), kept in ``Mention.attrs["roles"]``."""
from __future__ import annotations

import re

from .ner_lang import TOKEN, is_role_word, ner_data, shared_cues
from .ner_models import morph_parse

TRIM = " \t\n\r.,;:!?«»\"“”„‘’'()[]{}—–-•*/|"
_BOUNDARY = re.compile(r"[.!?;\n«»\"“”„()]")
_VERB_POS = {"VERB", "INFN", "GRND"}


def _has_verb(words: list[str], code: str | None, verbs: set[str]) -> bool:
    if any(w.lower() in verbs for w in words):
        return True
    if ner_data(code).section.lemmatizer == "pymorphy3":
        return any(morph_parse(w, code)[0].tag.POS in _VERB_POS for w in words if w[:1].islower())
    return False


def _premodifier(word: str) -> bool:
    cues = shared_cues()
    return bool(cues.premodifier and cues.premodifier.search(word)) \
        or word.lower() in cues.premodifiers


def role_before(text: str, start: int, code: str | None, verbs: set[str], floor: int) -> str | None:
    """A title phrase ending just before a name ("former Prime Minister"), else None."""
    lo = max(floor, start - 120)
    seg = text[lo:start]
    cut = None
    for m in _BOUNDARY.finditer(seg):
        cut = m.end()
    if cut is not None:
        seg, lo = seg[cut:], lo + cut
    words = [(m.start(), m.group()) for m in TOKEN.finditer(seg)][-8:]
    roles = ner_data(code).roles
    for idx, (ws, w) in enumerate(words):
        if is_role_word(w, code) or any(seg[ws:].lower().startswith(r) for r in roles if " " in r):
            # pre-modifiers of the title: "Finnish President", "former Prime Minister"
            k = idx
            while k > 0 and _premodifier(words[k - 1][1]):
                k -= 1
            ws = words[k][0]
            phrase = seg[ws:].strip(TRIM)
            rest = [x for _, x in words[idx + 1:]]
            if not phrase or _has_verb(rest, code, verbs):
                return None
            return phrase
    return None


def role_after(text: str, end: int, code: str | None, verbs: set[str]) -> str | None:
    """A title apposition after a name and a comma ("Olaf Scholz, the chancellor"), else None."""
    m = re.match(r"\s*,\s*", text[end:end + 4])
    if not m:
        return None
    seg = text[end + m.end():end + m.end() + 120]
    stop = re.search(r"[,.;:!?()\n«»\"“”]", seg)
    seg = seg[:stop.start()] if stop else seg
    words = [x.group() for x in TOKEN.finditer(seg)]
    if not words or len(words) > 8:
        return None
    conn, articles = ner_data(code).conn, shared_cues().articles
    lead = [w for w in words[:3] if w.lower() not in conn and w.lower() not in articles]
    if not lead or not is_role_word(lead[0], code) or _has_verb(words, code, verbs):
        return None
    return seg.strip(TRIM)
