"""The typed schema of language data: one section per component, every field with a default.

A language module (``lang/<code>.py``) defines ``CODE``, ``NAME`` and one constant per section it
knows (``CLEAN = CleanSection(...)``, ``TIME = TimeSection(...)``, ...); a section it leaves out
takes the defaults (empty lists: the component then does less in that language, never fails).
Engines read language data only through :func:`newsweave.lang.get`, which returns a
:class:`Language`. Each section class belongs to one component: edit only yours.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from .schema_claims import ClaimSection
from .schema_time import TimeSection


# Name particles of many languages, met inside foreign names in any text ("Ursula von der Leyen",
# "Bashar al-Assad", "Luiz da Silva"); every language's connectors include them.
INTERNATIONAL_NAME_PARTICLES = ("von", "van", "der", "den", "de", "da", "di", "bin", "al", "dos",
                                "del",
                                # the same particles transliterated into Cyrillic ("фон дер Ляйен")
                                "фон", "ван", "дер", "ден", "де", "ди", "дос", "дель", "бин", "бін",
                                "ал", "аль")
# The Arabic article as it is written hyphenated to a name, assimilated to the name's first
# consonant or spelled "el"/"ul" ("Nur ad-Din", "Salah ad-Din", "Khalid an-Nuaimi", "Нур ад-Дин",
# "ан-Насірі"): particles only when hyphenated to a capitalised word, so "an"/"at" stay words.
HYPHENED_NAME_PARTICLES = frozenset({"ad", "an", "ar", "as", "at", "az", "ash", "ath", "ed", "el",
                                     "ud", "ul", "ан", "ад", "ар", "ас", "ат", "аз", "аш",
                                     "эд", "эль", "ель", "ед", "уль", "уд"})


@dataclass(frozen=True)
class CleanSection:
    """ingest/clean: site chrome, date headers, bylines, credits, short-text language hints.

    Regex fields are fragments matched case-insensitively; the engines join the fragments of every
    language (a French page may carry English chrome), so a fragment must not match ordinary words.
    """

    # -- site chrome (clean.boilerplate, ingest.chrome)
    # whole lines that are site chrome ("lire aussi.*", "most read"), matched against a stripped line
    chrome_lines: tuple[str, ...] = ()
    # a count of readers' comments ("\d+ comentarios", "commenti: \d+"): a short line without
    # sentence punctuation that carries one, after the article's first sentence, opens the
    # comment section; the rest of the page is not the article
    comment_counts: tuple[str, ...] = ()
    # labels that open a share bar ("partager", "share"), before network names
    share_words: tuple[str, ...] = ()
    # page-button labels that sit among network names in a share bar ("print", "imprimer")
    button_words: tuple[str, ...] = ()
    # words that open a photo credit line ("photo", "фото"), before an agency name
    photo_words: tuple[str, ...] = ()
    # labels that open a caption before a colon ("pictured", "sur la photo", "на снимке")
    caption_labels: tuple[str, ...] = ()
    # words that open the caption of a still taken from a screen or a video ("screenshot",
    # "captura de pantalla", "кадр из видео"): such a line describes a picture, credit or none
    screen_words: tuple[str, ...] = ()
    # words between a photo word and its author or owner ("by", "par", "courtesy of")
    photo_by: tuple[str, ...] = ()
    # -- captions that carry no credit (ingest.captions): each names a class of picture text
    # professions, as a picture's bio tag lists them ("sociologa", "giurist[ae]"): a line made
    # only of these, joined by ``bio_joiners`` or commas, names the pictured person's trade
    profession_words: tuple[str, ...] = ()
    # the "and" words joining professions in a bio tag ("e", "et", "and")
    bio_joiners: tuple[str, ...] = ()
    # partitive openers of a phrase naming a person by relation ("uno de los", "l'un des"): such
    # a phrase closed by ", Name" is the caption of a pictured person, not a headline
    partitive_openers: tuple[str, ...] = ()
    # a web page, with its determiner ("(la )?p[áa]gina( web)?"): opening a line that gives its
    # state (``page_states``), it describes a screenshot of the page
    page_words: tuple[str, ...] = ()
    # the state of a page as a screenshot shows it ("bloquead[ao]", "censur[ée]e"), followed by
    # a relative word (``relative_words``) telling who sees it: a headline says "page blocked"
    page_states: tuple[str, ...] = ()
    relative_words: tuple[str, ...] = ()
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
class NerSection:
    """enrich entities: NER model package, fallback rules, stop names, roles."""

    backend: str = "rules"  # "spacy" (model below), "natasha" (bundled Russian NER) or "rules"
    model: str | None = None  # spaCy package name when backend == "spacy"
    # word stems of epidemic disease names, written in lower case and inflected, each with the
    # disease it names ("коронавирус" → "covid"): such names are event mentions (EVT)
    disease_stems: tuple[tuple[str, str], ...] = ()
    # endings of plural inhabitant nouns ("-ians": Georgians, "-цы": ливанцы) after a country
    # name's stem: such words name the country's people, linked to the country
    # (``enrich/ner_demonyms.py``); lower-case ones count where the language writes them so
    inhabitant_endings: tuple[str, ...] = ()
    inhabitants_lowercase: bool = False
    # endings of country names that their inhabitant names drop whole ("ija": Slovenija →
    # Slovenci, "sko": Slovinsko → Slovinci), beyond the two letters any name may lose
    inhabitant_country_endings: tuple[str, ...] = ()
    lemmatizer: str | None = None  # "pymorphy3" or "simplemma" for inflected languages, else None
    lemma_free_suffix: int = 5  # simplemma: letters at the end a lemma may change ("Niemczech")
    lemma_min_stem: int = 3  # simplemma: a lemma shares at least this many first letters
    lemma_rewrites: tuple[tuple[str, str], ...] = ()  # (regex, replacement) on capitalised lemmas
    name_inflections: tuple[tuple[str, str], ...] = ()  # (regex, base ending) of a capitalised
    # word, tried before the dictionary: declined adjectival surnames ("Kowalskiego" → "Kowalski")
    capitalised_nouns: bool = False  # all nouns capitalised (German): a lone known noun is no name
    # last parts of compounds that form names of places and families ("-mann", "-berg", "-dorf"):
    # a compound the dictionary lacks is read as a common noun by its head, unless it is one of these
    name_compound_heads: tuple[str, ...] = ()
    strict_name_opener: bool = False  # pymorphy3: only an animate nominative noun opens a name
    stop: tuple[str, ...] = ()  # capitalised function words that never start a name ("The", "В")
    roles: tuple[str, ...] = ()  # titles/roles (lower case, matched as word prefixes)
    # endings of role nouns on any stem of 4+ letters, up to 3 letters of inflection after them
    # (a scholar by their field: "-олог" in "Вірусолог", "Сейсмологиня", "Епідеміолога")
    role_endings: tuple[str, ...] = ()
    role_premodifiers: tuple[str, ...] = ()  # words before a title that belong to it ("former")
    premodifier_pattern: str = ""  # regex of one word before a title, e.g. demonyms ("Finnish")
    honorifics: tuple[str, ...] = ()  # forms of address cut off a person's name ("Mr", "пан")
    conjunctions: tuple[str, ...] = ()  # "and": "X and Y" inside one person span is two people
    articles: tuple[str, ...] = ()  # articles skipped before a title after a name ("the")
    connectors: tuple[str, ...] = ()  # lower-case words inside names ("de", "of", "фон")
    place_connectors: tuple[str, ...] = ()  # ... inside place names only ("Ústí nad Labem")
    name_particles: tuple[str, ...] = INTERNATIONAL_NAME_PARTICLES  # foreign particles, any text
    org_words: tuple[str, ...] = ()  # words that make a name an organisation ("party", "rada")
    # lower-case words between an organisation's type words, inside its name only when a type
    # word follows ("Ministrstvo za zdravje", "Агенцията по лекарствата"): never between names
    org_connectors: tuple[str, ...] = ()
    head_nouns: tuple[str, ...] = ()  # lower-case nouns after a capitalised adjective ("unie")
    adjective_ending: str = ""  # regex: a capitalised adjective opening a name ("Evropská")
    # gaps between an organisation and the place it belongs to that make one name of both
    # ("Верховный суд Пакистана": " "; "Върховният съд на Пакистан": " на ")
    org_place_gaps: tuple[str, ...] = ()
    # stems of lower-case type nouns before a name in quotation marks, with the type they give
    # ("вакцин" PRO: "вакцина «X»"; "компани" ORG); a language with none reads no quoted names
    # (``enrich/ner_quoted.py``)
    quoted_name_cues: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class LinkSection:
    """link entities: stems/inflections, transliteration schemes, name particles."""

    case_endings: tuple[str, ...] = ()  # endings stripped from long names before keying ("ego")
    feminine_surname: str = ""  # regex of a feminine surname suffix keyed as the man's ("ová")
    definite_article: str = ""  # regex of a suffixed definite article ("ът" in Bulgarian)
    demonym_suffix: str = ""  # regex of inhabitant-name endings ("czycy": Brytyjczycy → Britain)
    dictionary_lemma: bool = False  # look names up in the gazetteer by their plain simplemma lemma
    # given names written differently in a neighbouring language, whose keys differ: each tuple
    # is one name ("Микола", "Николай"); the linker treats their keys as one
    given_name_forms: tuple[tuple[str, ...], ...] = ()
    # translated type words of organisation names, one concept per line: an English concept word
    # then this language's stems of it ("court soud tribunál"; "ministry+health минздрав" for a
    # clipped compound; "-" lists words a name may carry
    # in one language and not in another: "states" in "Liga Państw Arabskich"), so "Sąd
    # Najwyższy" and "Верховный суд" share a key (link.entity_org_gloss)
    org_glosses: str = ""
    # words that open the person an institution is named after ("имени"/"им." in "Институт
    # имени Роберта Коха", Polish "im."): such names are keyed by that person's surname too
    eponym_markers: tuple[str, ...] = ()


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
    # "full": every component reads this language; "names": only entity recognition and linking
    # have data (a language whose articles are rare but whose names must still be linked)
    coverage: str = "full"
    clean: CleanSection = field(default_factory=CleanSection)
    time: TimeSection = field(default_factory=TimeSection)
    ner: NerSection = field(default_factory=NerSection)
    link: LinkSection = field(default_factory=LinkSection)
    quotes: QuoteSection = field(default_factory=QuoteSection)
    claims: ClaimSection = field(default_factory=ClaimSection)
    framing: FramingSection = field(default_factory=FramingSection)
