"""Does a text decoded with a guessed encoding read as natural language?

Random bytes decode "successfully" in many single-byte and CJK encodings (big5, shift_jis, cp037,
iso8859-10 ...); what comes out is not words: tokens mix upper and lower case at random, letters of
several scripts and symbols. A natural text, in any alphabetic script, is mostly well-formed words
(lowercase, Capitalised or UPPERCASE letters of one script, maybe with punctuation around them) and
numbers. Texts without spaces between words (Chinese, Japanese) are accepted only when the language
identifier is sure of their language.
"""
from __future__ import annotations

import re
import unicodedata

from .langid import detect_scores

_WORD = re.compile(r"^[(\[\"«„'“‘¿¡-]*(?P<w>[^\W\d_]+(?:[-'’.][^\W\d_]+)*)[)\]\".,;:!?»”'’…-]*$")
_NUMBER = re.compile(r"^[(\[\"«„'“$€£-]*[+-]?\d[\d.,:/%-]*[)\]\".,;:!?»”'’%€$£-]*$")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]")


def _script(ch: str) -> str:
    try:
        return unicodedata.name(ch).split(" ", 1)[0]
    except ValueError:
        return "?"


def _well_formed(word: str) -> bool:
    letters = [ch for ch in word if ch.isalpha()]
    if len({_script(ch) for ch in letters}) > 1:
        return False
    core = "".join(letters)
    return core.islower() or core.isupper() or (core[:1].isupper() and core[1:].islower())


def implausible(text: str, sample: int = 20_000) -> str | None:
    """Why ``text`` does not read as natural language, or None when it does."""
    part = text[:sample]
    letters = [ch for ch in part if ch.isalpha()]
    if not letters:
        return "no letters at all"
    cjk = len(_CJK.findall(part))
    if cjk > 0.3 * len(letters):
        scores = detect_scores(part, k=1)
        if scores and scores[0][0] in ("zh", "ja", "ko", "yue", "wuu") and scores[0][1] >= 0.8:
            return None
        return "characters of a CJK encoding that do not read as Chinese, Japanese or Korean"
    tokens = part.split()
    if not tokens:
        return "no words"
    good = caps = words = 0
    for tok in tokens:
        m = _WORD.match(tok)
        if m and _well_formed(m.group("w")):
            good += 1
            w = m.group("w")
            if len(w) >= 2:
                words += 1
                caps += w.isupper()
        elif _NUMBER.match(tok):
            good += 1
    if good < 0.6 * len(tokens):
        return f"only {good} of {len(tokens)} tokens read as words"
    if len(tokens) >= 8 and sum(1 for t in tokens if len(t) == 1) > 0.35 * len(tokens):
        return "mostly one-character tokens, not words"
    if words >= 8 and caps > 0.6 * words:
        return "mostly UPPERCASE words (letters of a wrong encoding)"
    long_tokens = sum(1 for t in tokens if len(t) > 40)
    if long_tokens > 0.1 * len(tokens):
        return "runs of characters without spaces, not words"
    return None
