"""The typed schema of language data: one section per component, every field with a default.

A language module (``lang/<code>.py``) defines ``CODE``, ``NAME`` and one constant per section it
knows (``CLEAN = CleanSection(...)``, ``TIME = TimeSection(...)``, ...); a section it leaves out
takes the defaults (empty lists: the component then does less in that language, never fails).
Engines read language data only through :func:`newsweave.lang.get`, which returns a
:class:`Language`. Each section class belongs to one component: edit only yours.
"""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class CleanSection:
    """ingest/clean: site chrome, date headers, bylines."""


@dataclass(frozen=True)
class TimeSection:
    """enrich time engine: words and patterns of time expressions, tense cues."""


@dataclass(frozen=True)
class NerSection:
    """enrich entities: NER model package, fallback rules, stop names, roles."""


@dataclass(frozen=True)
class LinkSection:
    """link entities: stems/inflections, transliteration schemes, name particles."""


@dataclass(frozen=True)
class QuoteSection:
    """enrich quotes: speech verbs, "according to" cues, complementisers."""


@dataclass(frozen=True)
class ClaimSection:
    """compare claims/conflicts: negation, number words, months, role words."""


@dataclass(frozen=True)
class FramingSection:
    """compare framing: loaded terms and their neutral counterparts."""


SECTIONS: dict[str, type] = {
    "clean": CleanSection,
    "time": TimeSection,
    "ner": NerSection,
    "link": LinkSection,
    "quotes": QuoteSection,
    "claims": ClaimSection,
    "framing": FramingSection,
}


@dataclass(frozen=True)
class Language:
    code: str
    name: str
    clean: CleanSection = field(default_factory=CleanSection)
    time: TimeSection = field(default_factory=TimeSection)
    ner: NerSection = field(default_factory=NerSection)
    link: LinkSection = field(default_factory=LinkSection)
    quotes: QuoteSection = field(default_factory=QuoteSection)
    claims: ClaimSection = field(default_factory=ClaimSection)
    framing: FramingSection = field(default_factory=FramingSection)
