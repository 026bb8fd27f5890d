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
    """enrich quotes: speech verbs, "according to" cues, complementisers; attribution kinds;
    sentence-splitting exceptions (sentences are split for quotes first, then reused by claims).
    Words are matched case-insensitively; entries ending in ``*`` are word stems."""

    # regex fragments of speech verbs, matched as whole words ("said", "a déclaré" → "déclaré")
    speech_verbs: list[str] = field(default_factory=list)
    # auxiliaries and adverbs that may stand between a speaker and a speech verb ("has", "also")
    speech_aux: list[str] = field(default_factory=list)
    # endings of adverbs that may stand there too ("précédemment", "repeatedly")
    adverb_suffixes: list[str] = field(default_factory=list)
    # complementisers after a speech verb that open indirect speech ("that", "que", "dass")
    complementisers: list[str] = field(default_factory=list)
    # cues before a source ("according to X", "selon X")
    according_to: list[str] = field(default_factory=list)
    # cues after a source ("X zufolge")
    according_to_post: list[str] = field(default_factory=list)
    # "according to" cues that count only before a capitalised source (German "wie", "so")
    weak_according_to: list[str] = field(default_factory=list)
    # subject pronouns resolved to the last named person
    pronouns: list[str] = field(default_factory=list)
    # impersonal pronouns ("on", "man"): never a cited source
    impersonal_pronouns: list[str] = field(default_factory=list)
    # pronouns joined to an inverted verb by a euphonic "-t-" ("a-t-il déclaré")
    euphonic_t_pronouns: list[str] = field(default_factory=list)
    # words that end a speaker noun phrase (prepositions, weekdays, relative pronouns)
    np_stop_words: list[str] = field(default_factory=list)
    # determiners stripped from the start of a speaker phrase
    determiners: list[str] = field(default_factory=list)
    # nouns are capitalised (German): a lower-case word ends a speaker phrase ...
    lowercase_ends_phrase: bool = False
    # ... except these linking words ("von", "und") ...
    lowercase_phrase_links: list[str] = field(default_factory=list)
    # ... and an inflected adjective before a capitalised word ("des deutschen Außenministers")
    adjective_endings: list[str] = field(default_factory=list)
    # attribution kind (embassy, ministry, agency, anonymous, expert, official, media) -> stems
    source_kinds: dict[str, list[str]] = field(default_factory=dict)
    # stems that close compound nouns, -> kind ("Innenministeriums" → ministry)
    compound_kind_stems: dict[str, str] = field(default_factory=dict)
    # words after which a full stop does not end a sentence ("Mr.", "Mme.", "т.")
    abbreviations: list[str] = field(default_factory=list)
    # month words after which "3." is an ordinal day, not a sentence end ("am 3. Oktober")
    ordinal_day_months: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class ClaimSection:
    """compare claims/conflicts: negation, number words, months, units, role words, country and
    place words. Claim facts are compared across languages by canonical keys (role, unit, country),
    and a text can use another language's words (names of countries, agencies), so the lists of
    every language are matched together; only negation is read for the article's own language.
    Words are matched case-insensitively; entries ending in ``*`` are word stems."""

    # regexes of negation cues (with look-aheads for "not only")
    negation: list[str] = field(default_factory=list)
    # regexes of negative verbs whose negation asserts nothing denied ("n'exclut pas")
    negated_negatives: list[str] = field(default_factory=list)
    # month names and stems (a number next to one is a day, not a quantity)
    months: list[str] = field(default_factory=list)
    # spelled-out numbers -> value
    number_words: dict[str, float] = field(default_factory=dict)
    # words multiplying the number before them ("million*" -> 1e6)
    multipliers: dict[str, float] = field(default_factory=dict)
    # words between a number and its unit ("3 millions de personnes")
    unit_links: list[str] = field(default_factory=list)
    # canonical unit (person, dead, km, percent, ...) -> stems
    units: dict[str, list[str]] = field(default_factory=dict)
    # canonical role (chair, secretary, minister, ...) -> stems of titles
    role_heads: dict[str, list[str]] = field(default_factory=dict)
    # role stems that close compound nouns ("Verteidigungsminister")
    compound_role_heads: list[str] = field(default_factory=list)
    # regex fragments right before a title meaning "former" ("ex-", "ancien")
    former_words: list[str] = field(default_factory=list)
    # regex fragments linking a title to its organisation ("du", "of the")
    role_org_links: list[str] = field(default_factory=list)
    # regex fragments of determiners in an apposition "PERSON, the ROLE"
    apposition_determiners: list[str] = field(default_factory=list)
    # relative pronouns that end an organisation complement ("who", "qui")
    relative_pronouns: list[str] = field(default_factory=list)
    # country key (ISO 3166) -> names and stems; "adj:" marks the country's adjectives
    countries: dict[str, list[str]] = field(default_factory=dict)
    # nouns of places smaller than a country ("region", "oblast", "city")
    place_nouns: list[str] = field(default_factory=list)
    # prepositions that put a place inside a larger one ("in", "dans")
    locative_preps: list[str] = field(default_factory=list)
    # direction and part words allowed between a place and its country ("eastern", "border")
    direction_words: list[str] = field(default_factory=list)
    # words introducing an example ("including", "notamment")
    including_words: list[str] = field(default_factory=list)
    # other words allowed between a place and its country ("located", "is", "a")
    place_gap_words: list[str] = field(default_factory=list)
    # function words dropped from a place name before comparing ("région de Koursk" → "Koursk")
    place_name_particles: list[str] = field(default_factory=list)
    # regex fragments of demonstratives ("this", "cette") referring back to a named place
    demonstratives: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class FramingSection:
    """compare framing: loaded terms and their neutral counterparts."""

    # loaded term (matched as a word start, inflections allowed) -> neutral term
    loaded_terms: dict[str, str] = field(default_factory=dict)


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
