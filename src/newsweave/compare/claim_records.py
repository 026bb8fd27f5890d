"""Records of claims and their facts, and the name keys that make facts comparable."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from anyascii import anyascii

from ..model import Mention
from . import lexicon


@dataclass
class NumberFact:
    value: float
    unit: str | None
    start: int
    end: int
    text: str


@dataclass
class RoleFact:
    person: str  # entity key
    person_text: str
    role: str  # canonical role key
    org: str | None  # entity key of the organisation the role belongs to
    start: int
    end: int
    text: str
    former: bool = False


@dataclass
class PlaceFact:
    place: str  # entity key
    place_text: str
    country: str  # country key (ISO-like)
    start: int
    end: int
    text: str


@dataclass
class Claim:
    id: str
    article: str  # Article.id
    source: str  # outlet
    lang: str | None
    start: int
    end: int
    text: str
    core: str  # text used for alignment (attribution phrases removed)
    position: float = 0.0  # relative position in the article, 0 = lead
    entities: list[str] = field(default_factory=list)
    entity_names: dict[str, str] = field(default_factory=dict)
    dates: list[tuple[str, int, int, str]] = field(default_factory=list)  # value, start, end, text
    numbers: list[NumberFact] = field(default_factory=list)
    roles: list[RoleFact] = field(default_factory=list)
    places: list[PlaceFact] = field(default_factory=list)
    negated: bool = False
    negation: tuple[int, int] | None = None
    speaker: str | None = None
    quoted: bool = False  # the claim is (mostly) a direct quote
    event: str | None = None  # the article's event: claims of different events are not aligned

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "article": self.article, "source": self.source, "lang": self.lang,
                "start": self.start, "end": self.end, "text": self.text,
                "entities": self.entities, "dates": [d[0] for d in self.dates],
                "numbers": [{"value": n.value, "unit": n.unit, "text": n.text} for n in self.numbers],
                "negated": self.negated, "speaker": self.speaker}


def norm_name(s: str) -> str:
    """Accent-, case- and script-folded name key ("Choïgou" → "choigou", "Шойгу" → "shoigu")."""
    s = "".join(c for c in anyascii(s).casefold() if c.isalnum() or c == " ")
    return " ".join(s.split())


def mention_key(m: Mention) -> str:
    """Corpus-wide entity id of a mention, else its folded name ("n:kursk")."""
    return m.entity or ("n:" + norm_name(m.name or m.lemma or m.text))


@lru_cache(maxsize=1)
def _place_particles() -> re.Pattern[str]:
    return re.compile(r"(?<![\w])" + lexicon.fragments("place_name_particles") + r"(?![\w])", re.IGNORECASE)


def place_name_key(name: str) -> str:
    """Folded name of a place without its generic noun ("région de Koursk" → "koursk")."""
    s = lexicon.words("place_nouns").sub(" ", name)
    return norm_name(_place_particles().sub(" ", s))
