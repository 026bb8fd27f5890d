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


# Name particles of many languages, met inside foreign names in any text ("Ursula von der Leyen",
# "Bashar al-Assad", "Luiz da Silva"); every language's connectors include them.
INTERNATIONAL_NAME_PARTICLES = ("von", "van", "der", "den", "de", "da", "di", "bin", "al", "dos",
                                "del")


@dataclass(frozen=True)
class NerSection:
    """enrich entities: NER model package, fallback rules, stop names, roles."""

    backend: str = "rules"  # "spacy" (model below), "natasha" (bundled Russian NER) or "rules"
    model: str | None = None  # spaCy package name when backend == "spacy"
    lemmatizer: str | None = None  # "pymorphy3" or "simplemma" for inflected languages, else None
    lemma_free_suffix: int = 5  # simplemma: letters at the end a lemma may change ("Niemczech")
    lemma_min_stem: int = 3  # simplemma: a lemma shares at least this many first letters
    lemma_rewrites: tuple[tuple[str, str], ...] = ()  # (regex, replacement) on capitalised lemmas
    name_inflections: tuple[tuple[str, str], ...] = ()  # (regex, base ending) of a capitalised
    # word, tried before the dictionary: declined adjectival surnames ("Kowalskiego" → "Kowalski")
    capitalised_nouns: bool = False  # all nouns capitalised (German): a lone known noun is no name
    strict_name_opener: bool = False  # pymorphy3: only an animate nominative noun opens a name
    stop: tuple[str, ...] = ()  # capitalised function words that never start a name ("The", "В")
    roles: tuple[str, ...] = ()  # titles/roles (lower case, matched as word prefixes)
    role_premodifiers: tuple[str, ...] = ()  # words before a title that belong to it ("former")
    premodifier_pattern: str = ""  # regex of one word before a title, e.g. demonyms ("Finnish")
    honorifics: tuple[str, ...] = ()  # forms of address cut off a person's name ("Mr", "пан")
    conjunctions: tuple[str, ...] = ()  # "and": "X and Y" inside one person span is two people
    articles: tuple[str, ...] = ()  # articles skipped before a title after a name ("the")
    connectors: tuple[str, ...] = ()  # lower-case words inside names ("de", "of", "фон")
    name_particles: tuple[str, ...] = INTERNATIONAL_NAME_PARTICLES  # foreign particles, any text
    org_words: tuple[str, ...] = ()  # words that make a name an organisation ("party", "rada")
    head_nouns: tuple[str, ...] = ()  # lower-case nouns after a capitalised adjective ("unie")
    adjective_ending: str = ""  # regex: a capitalised adjective opening a name ("Evropská")


@dataclass(frozen=True)
class LinkSection:
    """link entities: stems/inflections, transliteration schemes, name particles."""

    case_endings: tuple[str, ...] = ()  # endings stripped from long names before keying ("ego")
    feminine_surname: str = ""  # regex of a feminine surname suffix keyed as the man's ("ová")
    definite_article: str = ""  # regex of a suffixed definite article ("ът" in Bulgarian)
    demonym_suffix: str = ""  # regex of inhabitant-name endings ("czycy": Brytyjczycy → Britain)
    dictionary_lemma: bool = False  # look names up in the gazetteer by their plain simplemma lemma


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
