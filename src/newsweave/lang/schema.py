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
    """ingest/clean: site chrome, date headers, bylines, credits, short-text language hints.

    Regex fields are fragments matched case-insensitively; the engines join the fragments of every
    language (a French page may carry English chrome), so a fragment must not match ordinary words.
    """

    # -- site chrome (clean.boilerplate, ingest.chrome)
    # whole lines that are site chrome ("lire aussi.*", "most read"), matched against a stripped line
    chrome_lines: tuple[str, ...] = ()
    # labels that open a share bar ("partager", "share"), before network names
    share_words: tuple[str, ...] = ()
    # page-button labels that sit among network names in a share bar ("print", "imprimer")
    button_words: tuple[str, ...] = ()
    # words that open a photo credit line ("photo", "фото"), before an agency name
    photo_words: tuple[str, ...] = ()
    # small words allowed in lower case inside a Title-Cased menu or tag line ("de", "of", "und")
    label_connectors: tuple[str, ...] = ()

    # -- date headers (ingest.headerdates)
    # words introducing a publication date at the start of a line ("publi[ée]e? le", "updated")
    date_header_words: tuple[str, ...] = ()
    # short words that may open a line holding only a date ("le 3 mars 2024", "on March 3, 2024")
    date_prefixes: tuple[str, ...] = ()
    # words between a header word and its date ("Publié le …", "Veröffentlicht am …")
    before_date_words: tuple[str, ...] = ()
    # month names and abbreviations as written in date headers → month number 1..12
    header_months: dict[str, int] = field(default_factory=dict)
    # ordinal endings right after a day number ("1er", "3rd", "3-го")
    day_suffixes: tuple[str, ...] = ()
    # words between day, month and year ("de" in "3 de marzo de 2024")
    date_joiners: tuple[str, ...] = ()
    # words after a year that belong to the date ("r." in "3 marca 2024 r.")
    year_suffixes: tuple[str, ...] = ()
    # words before a clock time after a date ("à 10h30", "at 10:30", "um 10:30")
    time_prepositions: tuple[str, ...] = ()
    # words after a clock time ("10:30 Uhr", "10:30 a.m.")
    time_suffixes: tuple[str, ...] = ()

    # -- credits (ingest.bylines, ingest.urls)
    # words opening a byline ("par", "by", "reporting by")
    byline_words: tuple[str, ...] = ()
    # words joining authors and agencies in a byline ("avec", "and")
    byline_joiners: tuple[str, ...] = ()
    # news agencies credited in this language (names, matched exactly)
    agencies: tuple[str, ...] = ()
    # words that make a credited name read as an outlet, not a person ("news", "zeitung")
    outlet_words: tuple[str, ...] = ()
    # labels before a source URL on its own line ("source", "quelle")
    source_labels: tuple[str, ...] = ()

    # -- language identification (ingest.langid)
    # letters of this alphabet its close relatives lack: they settle short-text calls of the model
    exclusive_letters: str = ""
    # languages the model picks instead of this one on short text with ``exclusive_letters``
    confusable_with: tuple[str, ...] = ()
    # letters that leave such a call alone (they also belong to a language without data here)
    veto_letters: str = ""


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
