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
    """enrich time engine: words and patterns of time expressions, tense cues.

    Word lists are matched case-insensitively with flexible spaces, apostrophes and hyphens;
    ``*_re`` fields are regex fragments (empty: never matches)."""

    # -- calendar words
    # month name or abbreviation → 1..12 (every case form used in dates)
    months: dict[str, int] = field(default_factory=dict)
    # weekday name (every case form) → 0 (Monday) .. 6
    weekdays: dict[str, int] = field(default_factory=dict)
    seasons: dict[str, str] = field(default_factory=dict)  # season word → SP SU FA WI
    # month/weekday names that count only when capitalised (English "May")
    capitalised: tuple[str, ...] = field(default_factory=tuple)
    # (month, day), (month, weekday, n-th; <0 from the end), or (0, days after Easter)
    holidays: dict[str, tuple[int, ...]] = field(default_factory=dict)

    # -- numbers and units
    # number words → value (None: vague, "a few")
    numbers: dict[str, float | None] = field(default_factory=dict)
    # unit word → Y M W D H MIN S DE CE Q HY WE NIGHT
    units: dict[str, str] = field(default_factory=dict)
    # endings that make a unit word plural ("days", "jours")
    plural_endings: tuple[str, ...] = field(default_factory=tuple)
    # unit words that are plural forms, for languages not marked by an ending
    plural_units: tuple[str, ...] = field(default_factory=tuple)
    # unit words alike in singular and plural ("mois")
    invariable_units: tuple[str, ...] = field(default_factory=tuple)
    # determiners that make an invariable unit plural ("ces derniers mois")
    plural_determiners: tuple[str, ...] = field(default_factory=tuple)
    # ordinal words for quarters and halves → 1..4
    ordinals: dict[str, int] = field(default_factory=dict)
    quarter_words: tuple[str, ...] = field(default_factory=tuple)  # words for a quarter of a year
    half_words: tuple[str, ...] = field(default_factory=tuple)  # words for a half of a year
    # half words that need a year or modifier ("the first half" of a match)
    half_needs_year: tuple[str, ...] = field(default_factory=tuple)
    century_words: tuple[str, ...] = field(default_factory=tuple)  # words for a century
    ordinal_suffix_re: str = ""  # ordinal endings after a century number ("XIXe", "19th", "20-й")
    day_suffix_re: str = ""  # endings after a day number ("1er", "3rd", "4-го")
    decade_re: str = ""  # a decade (groups c, d or w: "les années 60", "the 1990s")
    # decade words → digit ("sixties" → 6)
    decade_words: dict[str, int] = field(default_factory=dict)
    decade_not_after: str = ""  # regex before a decade that makes it an age ("in his 30s")
    spelled_year_re: str = ""  # a year spelled out (groups syc, syy, sy2k, sy2ky)
    # spelled century word → hundreds ("nineteen" → 1900)
    spelled_centuries: dict[str, int] = field(default_factory=dict)
    # spelled words standing for "00" ("nineteen hundred")
    spelled_zero: tuple[str, ...] = field(default_factory=tuple)

    # -- relative words
    # "yesterday" → -1 (days from the article date)
    days_rel: dict[str, int] = field(default_factory=dict)
    # "the next day" → 1 (days from the story's last date)
    narrative_days: dict[str, int] = field(default_factory=dict)
    # last words of a narrative phrase that, before a noun, relate to an event ("the day before the vote")
    narrative_relational: tuple[str, ...] = field(default_factory=tuple)
    # relative day words that carry a part of the day ("tonight" → NI)
    days_rel_part: dict[str, str] = field(default_factory=dict)
    # "today" words that mean "nowadays" before a comma
    today_as_ref: tuple[str, ...] = field(default_factory=tuple)
    last: tuple[str, ...] = field(default_factory=tuple)  # modifiers "last"/"dernier"
    next: tuple[str, ...] = field(default_factory=tuple)  # modifiers "next"/"prochain"
    this: tuple[str, ...] = field(default_factory=tuple)  # modifiers "this"/"ce"
    # anaphoric "that" ("that year": the year last named)
    that: tuple[str, ...] = field(default_factory=tuple)
    # "following"/"previous" counted from the unit last named
    anaphoric_rel: tuple[str, ...] = field(default_factory=tuple)
    postposed_rel: bool = True  # modifiers may follow the noun ("juin dernier"); False in English
    # postposed "current" ("l'année en cours")
    postposed_this: tuple[str, ...] = field(default_factory=tuple)
    next_verbal: tuple[str, ...] = field(default_factory=tuple)  # verbal "next" ("qui viennent")
    # regex after a verbal "next" that makes it past ("qui viennent de")
    next_verbal_not_before: str = ""
    det: tuple[str, ...] = field(default_factory=tuple)  # determiners kept in the span (TimeML)
    # indefinite articles that can stand for "one" ("a week")
    articles: tuple[str, ...] = field(default_factory=tuple)
    det_before_weekday: bool = False  # weekdays keep their article ("le mardi")
    # words between day and month ("5 de junio"), or before a year
    day_of: tuple[str, ...] = field(default_factory=tuple)
    date_order: str = "dm"  # numeric date order: "dm" or "md"
    # words kept before a month ("mois de juin")
    month_pre: tuple[str, ...] = field(default_factory=tuple)
    # words before a short month name that make it a month ("en mai")
    month_context_before: tuple[str, ...] = field(default_factory=tuple)
    # words kept before a year ("fiscal 1989", "l'année 1990")
    year_pre: tuple[str, ...] = field(default_factory=tuple)
    # words after a year ("года", "roku")
    year_suffix: tuple[str, ...] = field(default_factory=tuple)
    # prepositions that allow a two-digit year ("en 68")
    year2_prep: tuple[str, ...] = field(default_factory=tuple)
    # "a year ago" phrases (the year before; the same quarter in reports)
    year_ago: tuple[str, ...] = field(default_factory=tuple)
    # words after a number that make it a count, not a year
    not_year_after: tuple[str, ...] = field(default_factory=tuple)
    # phrase → PAST_REF / PRESENT_REF / FUTURE_REF
    refs: dict[str, str] = field(default_factory=dict)
    ref_type: str = "DATE"  # TIMEX type of the *_REF phrases
    # regex after a ref word that makes it an adjective ("current account")
    ref_not_before: str = ""

    # -- offsets and durations
    ago_pre: tuple[str, ...] = field(default_factory=tuple)  # words before a past offset ("il y a")
    ago_post: tuple[str, ...] = field(default_factory=tuple)  # words after a past offset ("ago")
    in_pre: tuple[str, ...] = field(default_factory=tuple)  # words before a future offset ("dans")
    # approximation words kept in duration spans ("about")
    approx: tuple[str, ...] = field(default_factory=tuple)
    # prepositions that make "20 heures" a duration, not a clock time
    duration_pre: tuple[str, ...] = field(default_factory=tuple)
    # modifiers before a counted duration ("the first nine months")
    dur_mod: tuple[str, ...] = field(default_factory=tuple)
    # participles left out of a duration ("a passé deux ans")
    dur_mod_verb: tuple[str, ...] = field(default_factory=tuple)
    dur_rel_det_re: str = ""  # contracted articles before "trois derniers mois"
    # words between a count and its unit ("two more weeks")
    dur_more: tuple[str, ...] = field(default_factory=tuple)
    half_after: str = ""  # regex after a unit adding a half ("deux heures et demie")
    # range words between two counts ("two to three weeks")
    range_conj: tuple[str, ...] = field(default_factory=tuple)
    # "all"/"toute la" before a unit (one whole unit)
    whole: tuple[str, ...] = field(default_factory=tuple)
    # prepositions before a bare plural unit ("for years")
    bare_plural_pre: tuple[str, ...] = field(default_factory=tuple)
    # determiners of a bare plural ("depuis des mois")
    bare_plural_det: tuple[str, ...] = field(default_factory=tuple)
    age_before: str = ""  # regex before "37 ans" that makes it an age when a comma follows
    age_before_strong: str = ""  # regex before a count of years that always makes it an age
    age_after: str = ""  # regex after a count of years that makes it an age ("-year-old")
    # conjunctions that may follow an age ("37 ans et")
    age_end_words: tuple[str, ...] = field(default_factory=tuple)
    # words after "a second" that make it a duration, not the ordinal
    count_followers: tuple[str, ...] = field(default_factory=tuple)
    # words after "three-quarters" that make it a fraction
    fraction_of: tuple[str, ...] = field(default_factory=tuple)

    # -- modifiers and parts of the day
    mid: tuple[str, ...] = field(default_factory=tuple)  # prefixes giving mod MID
    early: tuple[str, ...] = field(default_factory=tuple)  # prefixes giving mod START
    late: tuple[str, ...] = field(default_factory=tuple)  # prefixes giving mod END
    # shifters left out of the span ("earlier this week")
    shift: tuple[str, ...] = field(default_factory=tuple)
    dayparts: dict[str, str] = field(default_factory=dict)  # part of the day → MO MI AF EV NI
    part_type: str = "TIME"  # TIMEX type of a day with its part ("Wednesday night")
    # prepositions before a part of the day alone ("dans la soirée")
    part_alone: tuple[str, ...] = field(default_factory=tuple)
    # articles kept with a lone part of the day ("dans [la soirée]")
    part_articles: tuple[str, ...] = field(default_factory=tuple)
    # prepositions opening a part word, left out before a weekday
    part_prepositions: tuple[str, ...] = field(default_factory=tuple)
    # first words of parts that do not attach to a date
    part_not_after_date: tuple[str, ...] = field(default_factory=tuple)
    # words between a part and its weekday ("la nuit de samedi")
    part_day_of: tuple[str, ...] = field(default_factory=tuple)
    # words between two weekdays of one night ("de samedi à dimanche")
    part_day_to: tuple[str, ...] = field(default_factory=tuple)
    # parts that after "this" are events ("cette soirée")
    event_parts: tuple[str, ...] = field(default_factory=tuple)
    # words after a clock hour that add 12 hours ("du soir")
    pm_words: tuple[str, ...] = field(default_factory=tuple)
    clock_re: str = ""  # clock time (groups h, m, ampm, approx, hw; or h2, m2)
    clock_not_before: str = ""  # regex after a clock time that makes it a game clock
    noon: dict[str, str] = field(default_factory=dict)  # noon/midnight words → "12:00"/"24:00"
    merge_clock_day: bool = False  # a clock time and the date right after it are one TIME

    # -- seasons in context
    # season words that are also verbs/participles ("fall", "été")
    season_needs_context: tuple[str, ...] = field(default_factory=tuple)
    season_context_re: str = ""  # regex before such a season word that makes it a season
    season_not_after: str = ""  # regex before a season word that makes it a verb ("a été")
    # regex after a season word that makes it a name ("Printemps arabe")
    season_not_before: str = ""
    season_generic_re: str = ""  # regex before a season making it generic ("en été": XXXX-SU)
    season_generic_after_re: str = ""  # regex after a season making it generic ("été comme hiver")

    # -- sets
    every: tuple[str, ...] = field(default_factory=tuple)  # "every"/"chaque"
    # frequency words → period ("daily" → P1D)
    set_words: dict[str, str] = field(default_factory=dict)
    # frequency adjectives that are not sets before a noun ("annual meeting")
    set_adj: tuple[str, ...] = field(default_factory=tuple)
    set_article_after: str = ""  # regex before "a week" that makes it a frequency ("twice a week")
    # words before "a week" that make it a duration ("for a week")
    set_not_after: tuple[str, ...] = field(default_factory=tuple)
    # regex before a frequency word that makes it a noun ("l'hebdomadaire")
    set_noun_before: str = ""
    # words before a frequency word that make it an adjective ("average daily")
    set_not_following: tuple[str, ...] = field(default_factory=tuple)
    # words after "a day" that make it an offset ("a day after")
    set_offset_after: tuple[str, ...] = field(default_factory=tuple)

    # -- financial reports
    quarter_pre: str = ""  # regex before an ordinal quarter (groups qy, qrel, qago)
    fiscal: tuple[str, ...] = field(default_factory=tuple)  # "fiscal" before an ordinal quarter
    # possessives before a quarter ("its first quarter")
    possessive: tuple[str, ...] = field(default_factory=tuple)
    fin_quarter_re: str = ""  # "the quarter", "the latest period" (groups fqy, fqcur)
    fin_year_re: str = ""  # "the full year", "the fiscal year" (groups fydur, fyend)
    # more words that open a search window
    extra_triggers: tuple[str, ...] = field(default_factory=tuple)

    # -- tense and day ranges
    future_re: str = ""  # future-tense cues
    past_re: str = ""  # past-tense cues
    # a past participle right before the expression ("annoncées mercredi")
    past_adjacent_re: str = ""
    future_penalty: float = 1.0  # weight of the distance to future cues
    # words joining the days of a range ("du 3 au 5 juin")
    day_range_conj: tuple[str, ...] = field(default_factory=tuple)
    # words joining listed days ("les 12 et 13 mai")
    day_list_conj: tuple[str, ...] = field(default_factory=tuple)
    # determiners before the second day of a range
    day_range_det: tuple[str, ...] = field(default_factory=tuple)

    # -- publication dates
    report_re: str = ""  # reporting verbs/phrases near a day that dates the article ("a rapporté")

    # -- roles of dated mentions (Timex.attrs["role"]; see enrich/temporal/roles.py)
    # regex right before a date that makes it background: a starting point or history
    # ("since", "depuis", "the first since", "back in")
    background_before_re: str = ""
    # regex right after a date that makes it background ("last year's" floods)
    background_after_re: str = ""
    # regex right before a date that makes it planned ("scheduled for", "prévu le", "geplant für")
    planned_before_re: str = ""


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
    # --- slot facts (newsweave.compare.slots) ---
    # head-noun class of a quantity (killed, injured, arrested, missing, evacuated, votes,
    # magnitude, rate, rate_bp, ...) -> stems of the words naming it, after or before the number
    quantity_heads: dict[str, list[str]] = field(default_factory=dict)
    # modifier (at_least, more_than, about, nearly, up_to) -> regex fragments right before a number
    quantity_modifiers: dict[str, list[str]] = field(default_factory=dict)
    # approximate number words ("une quarantaine", "a dozen") -> value, read as "about"
    approx_numbers: dict[str, float] = field(default_factory=dict)
    # vague number words ("dozens", "kilkadziesiąt") -> [low, high]
    vague_numbers: dict[str, list[float]] = field(default_factory=dict)
    # regex fragments marking a figure as provisional or still rising ("provisional toll", "so far")
    provisional_cues: list[str] = field(default_factory=list)
    # regex fragments marking a sentence as background, history or plan ("since", "last year", "will")
    background_cues: list[str] = field(default_factory=list)
    # regex fragments of a denial by a party ("denied", "a démenti")
    denial_cues: list[str] = field(default_factory=list)
    # outcome (approved, rejected, held, called_off, postponed, signed, not_signed, won) -> regex fragments
    outcomes: dict[str, list[str]] = field(default_factory=dict)
    # regex fragments right after a number making it an age ("ans", "-year-old", "-jährig")
    age_cues: list[str] = field(default_factory=list)
    # regex fragments marking a figure as a part of the whole ("alone", "in the city of")
    part_cues: list[str] = field(default_factory=list)
    # administrative level (region, province, district) -> nouns naming it
    place_levels: dict[str, list[str]] = field(default_factory=dict)


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
