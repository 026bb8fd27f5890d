"""Site chrome told by its words or its shape: lines a reader recognises as page furniture, not article.

Phrases ("Lire aussi", "Most read", "Реклама") come from every language's clean section; shapes (share
bars, copyright lines, breadcrumbs, photo credits, Title-Cased menus) are generic. Ingest uses them to
skip chrome when it picks a title; ``clean`` marks such lines as boilerplate.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .langdata import alternation, merged
from .urls import url_line_regex

# names of networks and share targets: the same in every language
_NETWORKS = ("facebook", "twitter", "x", "linkedin", "whatsapp", "telegram", "email", "e-mail", "mail", "reddit",
             "pinterest", "vk", "viber")
_PHOTO_AGENCIES = "getty|afp|reuters|ap|epa|shutterstock|dpa|istock"
_SYMBOLS = {"&", "-", "–", "|", "/", ">", "»", "›", "·"}  # may sit between the words of a menu line


def _chrome_shapes() -> list[str]:
    d = merged()
    targets = _NETWORKS + d.button_words
    return [
        # share bars: "Partager Facebook Twitter", "Share | Facebook | X | Print"
        rf"{alternation(targets + d.share_words)}(\s*[|·•,/]?\s*{alternation(targets)})*",
        r"©.*", r"\(c\)\s*\d{4}.*",
        r"(\w[\w'’ -]{0,25}\s*(?:[>»›|·•]\s*)){2,}\w[\w'’ -]{0,25}",  # breadcrumbs "Home > World > Europe"
        rf"{alternation(d.photo_words)}\s*:?\s*.{{0,60}}({_PHOTO_AGENCIES}).{{0,30}}",  # photo credits
        rf"{alternation(d.photo_words)}\s+(by|por|par|di|von|de|от|від)\s+[^.!?]{{0,60}}",  # "Photo by A. Name"
        r".{0,100}\b(cc|creative commons)[ -]?(by|0)\b.{0,40}",  # a Creative Commons credit
    ]


@lru_cache(maxsize=1)
def _phrase_regex() -> re.Pattern[str]:
    pats = list(merged().chrome_lines) + _chrome_shapes()
    return re.compile(r"^(?:" + "|".join(f"(?:{p})" for p in pats) + r")$", re.I)


def strip_line(text: str) -> str:
    """``text`` without the bullets, arrows and colons that decorate chrome lines."""
    return re.sub(r"^[\s\-–—•·|>»:*#]+|[\s\-–—•·|<«:*#.]+$", "", text)


def matches_chrome_phrase(text: str) -> bool:
    """A whole line that is chrome in some language ("Lire aussi", "Most read", "Реклама")."""
    t = strip_line(text)
    if not t or len(t) > 160:
        return False
    return bool(_phrase_regex().match(t))


def is_title_cased_chrome(text: str, max_words: int = 6) -> bool:
    """Short line of capitalised words without sentence punctuation: a menu, tag list or label."""
    if re.search(r"[.!?;:…«»\"“”]$", text) or len(text) > 80:
        return False
    words = [w.strip(",") for w in text.split()]
    words = [w for w in words if w]
    if not words or len(words) > max_words:
        return False
    connectors = merged().label_connectors
    for w in words:
        if w in _SYMBOLS or w.casefold() in connectors:
            continue
        if not (w[:1].isupper() or w[:1].isdigit()):
            return False
    return True


def looks_like_headline(text: str) -> bool:
    if len(text) < 12 or len(text) > 250:
        return False
    n = len(text.split())
    if n < 3 or n > 40:
        return False
    letters = sum(ch.isalpha() for ch in text)
    if letters < 0.6 * len(text.replace(" ", "")):
        return False
    if url_line_regex().match(text) or text.endswith(":"):
        return False
    return True
