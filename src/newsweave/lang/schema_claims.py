"""The claims section of a language's data (see :mod:`newsweave.lang.schema`)."""
from __future__ import annotations

from dataclasses import dataclass, field


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
    # case endings of number words: the ending of a form in ``number_words`` -> the endings of
    # its other case forms ("ь" -> "и": "пять" / "двадцати пяти"); the longest ending a word
    # has is used, so an irregular word is given whole ("восемь" -> "восьми")
    number_inflections: dict[str, list[str]] = field(default_factory=dict)
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
    # regex fragments of titles naming a body's head that one language's usage gives both its
    # chair and its chief executive ("prezes", "PDG", a company's "president", "executive chairman"):
    # near both offices, while a chair and a chief executive are two offices elsewhere
    head_of_body_words: list[str] = field(default_factory=list)
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
    # direction prefixes glued to a country's name in one word ("Süd" in "Südpolen", "Nordost" in
    # "Nordostukraine"): the word names a part of the country, not a site
    direction_prefixes: list[str] = field(default_factory=list)
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
    # unit of measure (a key of ``compare.slots.measure.CONVERSIONS``: mile, foot, acre,
    # fahrenheit, mph, pound, ...) -> stems of its names right after a number
    measure_units: dict[str, list[str]] = field(default_factory=dict)
    # modifier (at_least, more_than, about, nearly, up_to; between: opens a range "between 10 and 15";
    # from: the old figure of a change "rose from 8 to 12"; exact: a figure reached, "выросло до";
    # another: what was added, "another 12 were killed"; amount_of: a noun's amount, no bound of
    # its own, de "ein Fonds über 3 Milliarden")
    # -> regex fragments right before a number
    quantity_modifiers: dict[str, list[str]] = field(default_factory=dict)
    # modifier -> regex fragments right after a number, or after its head noun ("20 or so", "20 people
    # or more", "20 с лишним")
    quantity_modifiers_after: dict[str, list[str]] = field(default_factory=dict)
    # regex fragments of a noun counting a head ("the number of dead", "death toll", "число погибших"):
    # the count's figure may stand far after it, past an inserted attribution
    count_nouns: list[str] = field(default_factory=list)
    # zone key (compare/slots/zones.py: "UTC", "CET", "EET", "WET", "MSK", "local") -> regex fragments
    # right after a clock time naming its time zone in words ("czasu polskiego", "heure locale",
    # "по московскому времени"); abbreviations (GMT, CET, MSK) are read in every language
    clock_zones: dict[str, list[str]] = field(default_factory=dict)
    # regex fragments right before a clock time that make it approximate ("gegen 21 Uhr", "vers 21 h")
    clock_approx: list[str] = field(default_factory=list)
    # regexes of a vote tally, the larger side's count in group "x" and the other's in "y" as
    # written (digits or a number word): "by 13 votes to 2", "par 12 voix contre 3", "12 голосами против 3"
    vote_tallies: list[str] = field(default_factory=list)
    # endings of a participle in the case a counted noun takes after a number (Slavic genitive
    # plural: "32 гірників, заблокованих"): such a participle after the noun's comma heads the count
    apposed_participle_endings: list[str] = field(default_factory=list)
    # regex fragments marking a court of appeal, in or around its noun ("cour d'appel",
    # "Oberlandesgericht", "апеляційний суд"): it and the lower court it reviews are two courts
    appeal_court_words: list[str] = field(default_factory=list)
    # approximate number words ("une quarantaine", "a dozen") -> value, read as "about"
    approx_numbers: dict[str, float] = field(default_factory=dict)
    # vague number words ("dozens", "kilkadziesiąt") -> [low, high]
    vague_numbers: dict[str, list[float]] = field(default_factory=dict)
    # regex fragments marking a figure as provisional or still rising ("provisional toll", "so far")
    provisional_cues: list[str] = field(default_factory=list)
    # regex fragments marking a sentence as background, history or plan ("since", "last year", "will")
    background_cues: list[str] = field(default_factory=list)
    # regex fragments of "yet" next to a negation ("not yet approved"): a result still open
    pending_words: list[str] = field(default_factory=list)
    # regex fragments of a denial by a party ("denied", "a démenti")
    denial_cues: list[str] = field(default_factory=list)
    # outcome (approved, rejected, held, called_off, postponed, signed, not_signed, won; beat: a verb
    # of beating, whose object is the loser; lost: a loser-subject verb with its preposition, "lost
    # to", or a passive of winning with its agent, "was won by": the name it governs is the winner;
    # victory_to: a noun of victory given to the name after it, "victory went to"; runner_up: the
    # place behind the name after it, "finished second behind") -> regex fragments
    outcomes: dict[str, list[str]] = field(default_factory=dict)
    # regex fragments right after a number making it an age ("ans", "-year-old", "-jährig")
    age_cues: list[str] = field(default_factory=list)
    # regex fragments marking a figure as a part of the whole ("alone", "in the city of")
    part_cues: list[str] = field(default_factory=list)
    # regex fragments linking a number to the whole it is a part of ("three of the dead",
    # "трое из погибших"): such a number counts a part, not the head
    partitive_links: list[str] = field(default_factory=list)
    # regex fragments before a head noun that a later number counts a part of ("among the
    # passengers were two ...", "серед пасажирів були двоє")
    partitive_before: list[str] = field(default_factory=list)
    # administrative level (region, province, district) -> nouns naming it
    place_levels: dict[str, list[str]] = field(default_factory=dict)
    # regex fragments of a comparison with history that does not make a sentence background
    # ("the first talks since 2022", "el mayor canje desde"): removed before background_cues are read
    background_exceptions: list[str] = field(default_factory=list)
    # words that end the reach of a head noun standing before its number ("prisoners and
    # those under 25": 25 is not a count of prisoners)
    head_gap_stops: list[str] = field(default_factory=list)
    # regex fragments right after a number of years making it a prison sentence ("in prison")
    prison_terms: list[str] = field(default_factory=list)
    # regex fragments right after a sentence's prison word making it a part of the sentence
    # (suspended, firm): "un año de cárcel efectiva" is not the whole sentence
    sentence_parts: list[str] = field(default_factory=list)
    # regex fragments of a term suspended as a whole ("avec sursis", "auf Bewährung", "suspended"): a
    # suspended sentence, compared with other suspended sentences only
    suspended_terms: list[str] = field(default_factory=list)
    # regex fragments of a request for a sentence ("prosecutors sought nine years", "hatte neun
    # Jahre gefordert"): a term asked for, not the sentence
    sentence_requests: list[str] = field(default_factory=list)
    # "former" written glued to the title, a prefix of the word ("exministro", "exsindaco")
    former_prefixes: list[str] = field(default_factory=list)
    # portfolio (transport, foreign, agriculture, middle-east, ...) -> stems of the words naming a
    # title's domain ("transport minister", "ministro dell'Energia", "Verkehrsminister")
    role_portfolios: dict[str, list[str]] = field(default_factory=dict)
    # regex fragments linking a title to a country or region it covers ("envoy for", "für")
    portfolio_links: list[str] = field(default_factory=list)
    # regex fragments right before a title (up to two words between) making it a deputy's
    # ("deputy foreign minister", "stellvertretende Außenminister", "заместитель министра")
    deputy_words: list[str] = field(default_factory=list)
    # regex fragments of an acting (interim) marker right after a title ("presidente interino",
    # "presidente en funciones del Gobierno", "directrice par intérim"): read with the title, so
    # that its complement and its holder are found past it
    acting_after_words: list[str] = field(default_factory=list)
    # regex fragments of a deputy's prefix glued to a title word ("Vizebürgermeister",
    # "віцепрезидент", "wiceprezes", "vicesindaca"): the title is the deputy's office
    deputy_prefixes: list[str] = field(default_factory=list)
    # stems of meeting nouns: a title whose complement is one ("chair of the conference", "head of
    # the delegation") is a function held beside an office, not an office
    function_nouns: list[str] = field(default_factory=list)
    # regex fragments right before a verb of winning making it passive ("was beaten", "a été battu"):
    # the name before it is the loser
    passive_markers: list[str] = field(default_factory=list)
    # regex fragments of the finite auxiliary of a perfect whose participle closes the clause
    # ("Nautica Levante hat am Sonntag den Pokal gewonnen"): the name right before it is the subject
    perfect_auxiliaries: list[str] = field(default_factory=list)
    # regex fragments of the prepositions naming an opponent or an agent after a verb of winning
    # or losing ("lost to", "wygrała z", "ha vinto contro", "победил у", "battu par"): a name after
    # one is never the verb's subject
    opponent_preps: list[str] = field(default_factory=list)
    # regex fragments of the whole gap between a name and a person possessing it ("X of governor
    # Y", "X von Landeshauptmann Y", "X gubernatora Y"): before a verb of winning the first name is
    # the subject, not the person (compare/slots/possessor.py); none: no such reading
    possessor_links: list[str] = field(default_factory=list)
    # regex fragments between the two numbers of a score written with a word ("3 à 1", "three
    # goals to one"): the link word and the goal nouns that may stand before it
    score_links: list[str] = field(default_factory=list)
    goal_nouns: list[str] = field(default_factory=list)
    # the small numbers a score says that ``number_words`` leaves out ("nil", "one", "un"; pronouns elsewhere)
    score_numbers: dict[str, int] = field(default_factory=dict)
    # regex fragments ending a name's word in an oblique case, for a cased language without a
    # morphological analyser (Polish "Nowakową", "Lechem", "Annę"): such a name is no subject
    oblique_name_endings: list[str] = field(default_factory=list)
    # whether the subject of a verb of winning may follow it ("ha vinto la finale X", "wygrała
    # Anna Nowak", "победила Ада Квелл"): free word order, the name after is read when none precedes
    winner_after_verb: bool = False
    # stems of a head-of-body title that names a city's mayor when the city's name alone follows
    # it ("prezydent Krakowa", "президентка Львова"; "prezydent Francji" stays a president)
    city_head_titles: list[str] = field(default_factory=list)
    # family of a result (decision, agreement) -> regex fragments of the nouns naming its object (a
    # vote, a signing): "the vote was postponed" postpones the decision, not a happening of its own
    outcome_objects: dict[str, list[str]] = field(default_factory=dict)
    # regex fragments right before such a noun making it a time, not the object ("after the vote
    # the strike was called off": the strike, not the vote, was called off)
    outcome_object_preps: list[str] = field(default_factory=list)
    # status of a happening read by the aligned outcome layer (compare/slots/aligned_outcome.py), in
    # the article's own language -> regex fragments: "appointed" (a person named to a post),
    # "failed" (talks or an attempt that failed, whatever its object), "survived" (all of a group
    # brought out alive, nobody killed) and "died" (a verb of dying: someone died; negated right
    # before it, "no one died", it is "survived"; nouns of the dead, "6,000 dead", are counts),
    # "accepted" / "refused" (a resignation or an offer), "reduced" / "upheld" (a sentence on
    # appeal), and the whole happening's statuses of compare/slots/event_status.py: "unharmed"
    # (nobody hurt), "first_reading" / "final_reading" (a bill's stage: passed as a whole, sent to
    # the president)
    outcome_statuses: dict[str, list[str]] = field(default_factory=dict)
    # regex fragments, one group holding a year, of the end of a title's term ("until 2020",
    # "do 2022 roku"): a term that ended before the article was written is a former office
    former_until: list[str] = field(default_factory=list)
    # regex fragments right before a title in a relative clause in the past ("who was", "qui
    # était"): the office is a former one
    former_relatives: list[str] = field(default_factory=list)
    # former words that are also the past of "to be" (Polish "była": "former" and "was"), and the
    # endings of a predicate in the instrumental case: "Gospodynią spotkania była minister X" (the
    # host was minister X) puts the copula after its predicate, so the title is no former office
    copula_homographs: list[str] = field(default_factory=list)
    predicate_case_endings: list[str] = field(default_factory=list)
    # regex fragments right before a place name that make it an organisation's seat, not the
    # happening's place ("based in", "basé à", "con sede en", "mit Sitz in")
    seat_cues: list[str] = field(default_factory=list)
    # regex fragments right after a place name that do the same ("Paris-based")
    seat_suffixes: list[str] = field(default_factory=list)
    # endings of common nouns, in a language that capitalises its nouns ("-ung", "-heit"): such a
    # language's capitalised word is no place name by its capital alone
    common_noun_endings: list[str] = field(default_factory=list)
    # prepositions fused with a definite article ("im", "am"): a city takes none, so an unknown
    # one-word name after one is a common noun ("im Maschinenraum"), in such a language
    fused_article_preps: list[str] = field(default_factory=list)
    # regex fragments of nouns of a settlement that a name follows in apposition, in languages
    # without "of" there ("в городе Тарвель", "w mieście Tarvel", "im Grenzort Tarvel")
    town_nouns: list[str] = field(default_factory=list)
    # regexes of nouns of a venue or a building whose name follows them, a particle between
    # ("estadio do Dragão", "Stadion do Bessa", "stade de France"): the venue, whatever the
    # recogniser typed its name
    venue_nouns: list[str] = field(default_factory=list)
    # prepositions (fused with an article or not) before a venue noun that make it the place of
    # the happening ("im Stadion do Bessa", "allo Stade de France", "hasta el Palacio de X")
    venue_preps: list[str] = field(default_factory=list)
    # a preposition fused with an elided article, written without a space before the name
    # ("all'", "nell'", "à l'"): a locative preposition like those of ``locative_preps``
    elided_preps: list[str] = field(default_factory=list)
    # prepositions of nearness ("near", "bei", "près de", "pod"): a place named near another is
    # the happening's site as one named after ``locative_preps``; one ending with an apostrophe
    # is fused with the name ("près d'Innsbruck")
    near_preps: list[str] = field(default_factory=list)
    # regex fragments of the prepositions before a venue named by the body it houses ("at",
    # "au", "ante", "w"), and the kinds of such bodies -> regex fragments of their nouns
    # ("ministry", "syndicat", "Verkehrsministerium"): "au siège du syndicat" and "at the
    # transport ministry" name two venues, "at the Council's headquarters" and "in Brussels" not
    org_venue_preps: list[str] = field(default_factory=list)
    org_venues: dict[str, list[str]] = field(default_factory=dict)
    # definite articles ("la", "the", "der"): a capitalised name right after one is a venue's or a
    # building's name ("la Halle ...", "the Palace ..."), not a city's
    definite_articles: list[str] = field(default_factory=list)
    # regex fragments of an ending that makes a region's name from its chief city's name
    # ("Харків" → "Харківщина", "Харьков" → "Харьковщина"); matched at the end of a word
    region_suffixes: list[str] = field(default_factory=list)
    # endings that make an adjective of a city's name, capitalised ("Grazer", "Wiener" of "Graz",
    # "Wien"): "im Grazer Stadion" names its city
    city_adjective_suffixes: list[str] = field(default_factory=list)
