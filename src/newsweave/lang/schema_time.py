"""The time section of a language's data (see :mod:`newsweave.lang.schema`)."""
from __future__ import annotations

from dataclasses import dataclass, field


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
    # words joining the parts of a written-out number ("trente et un", "a hundred and ten")
    number_and: tuple[str, ...] = field(default_factory=tuple)
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
    # a day of the month named without its month ("le 12", "on the 12th"; group day): the month
    # of the date the story last named, else the article's
    day_only_re: str = ""
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
    # what, right after a narrative phrase, ties it to an event instead ("le lendemain de l'élection",
    # "наступного дня після виборів"): no date is resolved then
    narrative_of_re: str = ""
    # relative day words that carry a part of the day ("tonight" → NI)
    days_rel_part: dict[str, str] = field(default_factory=dict)
    # words for the first day of a month, written out ("le premier mai", "el primero de mayo")
    day_one_words: tuple[str, ...] = field(default_factory=tuple)
    # "today" words that mean "nowadays" before a comma
    today_as_ref: tuple[str, ...] = field(default_factory=tuple)
    # words that, right before or after such a "today" word, make it "nowadays" ("aujourd'hui
    # encore", "encore aujourd'hui", "still today")
    still_words: tuple[str, ...] = field(default_factory=tuple)
    # regex right before such a "today" word: a present of state ("vit aujourd'hui à Lyon",
    # "compte aujourd'hui 300 salariés"), so "nowadays", not the day of an event
    state_present_re: str = ""
    last: tuple[str, ...] = field(default_factory=tuple)  # modifiers "last"/"dernier"
    next: tuple[str, ...] = field(default_factory=tuple)  # modifiers "next"/"prochain"
    this: tuple[str, ...] = field(default_factory=tuple)  # modifiers "this"/"ce"
    # anaphoric "that" ("that year": the year last named)
    that: tuple[str, ...] = field(default_factory=tuple)
    # "following"/"previous" counted from the unit last named
    anaphoric_rel: tuple[str, ...] = field(default_factory=tuple)
    # words after a unit that name the one before/after the story's last ("the year before": -1)
    anaphoric_post: dict[str, int] = field(default_factory=dict)
    # words after a unit naming the one two back ("the week before last", "the year before last")
    before_last: tuple[str, ...] = field(default_factory=tuple)
    # determiners that, before a "next" word in a past-tense clause, count from the unit last
    # named ("the next year, it was ratified" vs "next year"); empty where the determiner is
    # always there ("l'année prochaine")
    narrative_next_det: tuple[str, ...] = field(default_factory=tuple)
    postposed_rel: bool = True  # modifiers may follow the noun ("juin dernier"); False in English
    # postposed "current" ("l'année en cours")
    postposed_this: tuple[str, ...] = field(default_factory=tuple)
    next_verbal: tuple[str, ...] = field(default_factory=tuple)  # verbal "next" ("qui viennent")
    # regex after a verbal "next" that makes it past ("qui viennent de")
    next_verbal_not_before: str = ""
    det: tuple[str, ...] = field(default_factory=tuple)  # determiners kept in the span (TimeML)
    # definite articles joined to any date, time or duration right after them, whatever rule found it
    # ("la [nuit de samedi]", "le [mois de mai]"): the article belongs to the expression, the
    # preposition before it does not (FR-TimeBank / ISO-TimeML extent)
    det_joins: tuple[str, ...] = field(default_factory=tuple)
    # the part of a period named before a date or time, joined to its span ("la fin du [premier
    # trimestre]", "la deuxième quinzaine de [juin]"); it must end with its "of" word (never "fin" alone:
    # "a pris fin lundi")
    mod_joins_re: str = ""
    # no "early"/"late" word modifies a weekday or "hier" ("la grève a pris fin [lundi]")
    weekday_without_mod: bool = False
    # approximations joined to a date or time right after them ("vers [le 4 avril]": mod APPROX)
    approx_joins: tuple[str, ...] = field(default_factory=tuple)
    # the words before the bare first hour of a clock range ("de 10 à 12 h"), ending at the second
    # hour; group h1 is that first hour
    clock_range_before_re: str = ""
    # prepositions that open a frequency word and stay out of its span ("par [an]")
    set_prepositions: tuple[str, ...] = field(default_factory=tuple)
    # after a holiday word, what makes it part of a person's name ("Noël Mamère"); case-sensitive
    holiday_name_after_re: str = ""
    # what makes the date after it part of a place's name ("rue du 8-Mai-1945", "place du 11 novembre")
    place_name_before_re: str = ""
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

    # "the same time last year": the article's month a year back. ``same_time_re`` is the phrase;
    # ``same_time_context_re``, where set, must stand within 50 characters of it in its clause
    # ("à la même époque" counts only beside "l'an dernier", else it is "at that time")
    same_time_re: str = ""
    same_time_context_re: str = ""

    # -- offsets and durations
    ago_pre: tuple[str, ...] = field(default_factory=tuple)  # words before a past offset ("il y a")
    # regex right after such an offset that makes it a duration up to now ("il y a deux ans que ...")
    ago_duration_after_re: str = ""
    ago_post: tuple[str, ...] = field(default_factory=tuple)  # words after a past offset ("ago")
    # those of them counted from the story's last date, not the article's ("a week earlier")
    earlier_post: tuple[str, ...] = field(default_factory=tuple)
    in_pre: tuple[str, ...] = field(default_factory=tuple)  # words before a future offset ("dans")
    # words before a count that make it a future offset only in a future clause ("will be paid in
    # five years"; "fell 3% in a year" stays a duration)
    in_pre_future: tuple[str, ...] = field(default_factory=tuple)
    # "one day" in a future clause, with no preposition of duration: some day to come (FUTURE_REF)
    indefinite_day: tuple[str, ...] = field(default_factory=tuple)
    # verbs whose object is a length of time ("durera un jour", "will take one day")
    duration_verb_re: str = ""
    # words after a count that make it a future offset ("ten years from now")
    later_post: tuple[str, ...] = field(default_factory=tuple)
    # approximation words kept in duration spans ("about")
    approx: tuple[str, ...] = field(default_factory=tuple)
    # prepositions that make "20 heures" a duration, not a clock time
    duration_pre: tuple[str, ...] = field(default_factory=tuple)
    # regex opening a clause set off by commas ("X, created in 1996, ..."): a year in it carries to no later date
    aside_open_re: str = ""
    # modifiers before a counted duration ("the first nine months")
    dur_mod: tuple[str, ...] = field(default_factory=tuple)
    # the same modifiers after the count ("les neuf premiers mois")
    dur_mod_post: tuple[str, ...] = field(default_factory=tuple)
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
    # lengths of time named by no unit ("a while", "some time") → value; a duration only after a
    # preposition of bare plurals ("for a while") or a verb of length ("took some time")
    vague_durations: dict[str, str] = field(default_factory=dict)
    # regex of verbs of length right before a bare plural unit ("lasted years", "a duré des mois")
    bare_plural_verb_re: str = ""
    age_before: str = ""  # regex before "37 ans" that makes it an age when a comma follows
    age_before_strong: str = ""  # regex before a count of years that always makes it an age
    # "first"/"last" before a unit of a named month or year ("the last week of May") → 1 / -1
    period_edge: dict[str, int] = field(default_factory=dict)
    period_edge_of: tuple[str, ...] = field(default_factory=tuple)  # "of", "de", "d'"
    period_edge_of_the: tuple[str, ...] = field(default_factory=tuple)  # "du": "of the" in one word ("du mois")
    # words after a hyphen that make a unit an adjective ("decades-long", "years-old")
    unit_adj_suffix: tuple[str, ...] = field(default_factory=tuple)
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
    clock_re: str = ""  # clock time (groups h, m, ampm, approx, hw/hw2/hw3, mw, frac; or h2, m2)
    # a fraction of the hour written out, as signed minutes ("half past": 30, "moins le quart": -15)
    clock_fractions: dict[str, int] = field(default_factory=dict)
    # words before an hour written out that make it a time of day, not a length ("à huit heures")
    clock_word_pre_re: str = ""
    clock_not_before: str = ""  # regex after a clock time that makes it a game clock
    # prepositions that make a clock-like "2 h 05" a length of time ("a couru en 2 h 05")
    clock_duration_pre: tuple[str, ...] = field(default_factory=tuple)
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
    # words between "every" and a unit that count every second one ("every other week": P2W)
    every_other: tuple[str, ...] = field(default_factory=tuple)
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
    # regex after a lone month name right after a determiner that makes it an event's name
    # ("the March on Washington", "the March of the Mothers"; "the May elections" stays a month)
    month_event_after_re: str = ""
    # words after "a day" that make it an offset ("a day after")
    set_offset_after: tuple[str, ...] = field(default_factory=tuple)

    # -- financial reports
    quarter_pre: str = ""  # regex before an ordinal quarter (groups qy, qrel, qago)
    fiscal: tuple[str, ...] = field(default_factory=tuple)  # "fiscal" before an ordinal quarter
    # possessives before a quarter ("its first quarter")
    possessive: tuple[str, ...] = field(default_factory=tuple)
    fin_quarter_re: str = ""  # "the quarter", "the latest period" (groups fqy, fqcur)
    fin_year_re: str = ""  # "the full year", "the fiscal year" (groups fydur, fyend)
    # a comparison in the clause before "last year" ("compared with $5 million last year", "up
    # from ... last year's"): in a report on a quarter, the same quarter a year before
    comparison_before_re: str = ""
    # words between a bare reporting period and the day it ends on ("the quarter [ended] Sept. 30"):
    # that period is the quarter holding that day
    period_end_re: str = ""
    # words before a day that make the expression the week holding it ("the week of March 6")
    week_of_re: str = ""
    # more words that open a search window
    extra_triggers: tuple[str, ...] = field(default_factory=tuple)

    # -- tense and day ranges
    future_re: str = ""  # future-tense cues
    # the present perfect names no definite past time ("has set Nov. 10 as the deadline": the
    # date is not when it was set), as in English; not where it is the plain past (French, German)
    perfect_present: bool = False
    past_re: str = ""  # past-tense cues
    # a past participle right before the expression ("annoncées mercredi")
    past_adjacent_re: str = ""
    future_penalty: float = 1.0  # weight of the distance to future cues
    # words before an expression that make it an end point or a start ("extended to Nov. 20",
    # "jusqu'au 3 juin"): a past verb there says nothing of the date's side of the article date
    bound_pre_re: str = ""
    # words right before an expression that make it a starting point, in the past whatever the
    # tense ("depuis janvier", "since Monday")
    since_pre_re: str = ""
    # words before an expression that move it after the verb's time ("postponed until Friday",
    # "reporté au 3 juin"): the date leans to the future whatever the verb's tense
    forward_before_re: str = ""
    # words joining the days of a range ("du 3 au 5 juin")
    day_range_conj: tuple[str, ...] = field(default_factory=tuple)
    # words joining listed days ("les 12 et 13 mai")
    day_list_conj: tuple[str, ...] = field(default_factory=tuple)
    # determiners before the second day of a range
    day_range_det: tuple[str, ...] = field(default_factory=tuple)

    # -- publication dates
    report_re: str = ""  # reporting verbs/phrases near a day that dates the article ("a rapporté")
    # present-tense reporting verbs: a weekday they govern dates the report, not a plan ("dit lundi")
    report_present_re: str = ""
    # whether a simple present governing a weekday names the coming one (news French and English)
    present_is_scheduled: bool = False

    # -- roles of dated mentions (Timex.attrs["role"]; see enrich/temporal/roles.py)
    # regex right before a date that makes it background: a starting point or history
    # ("since", "depuis", "the first since", "back in")
    background_before_re: str = ""
    # regex right after a date that makes it background ("last year's" floods)
    background_after_re: str = ""
    # a day and month without a year inside a name ("la revolución del 25 de enero", "the 6 April
    # movement", "piazza XX Settembre"): the name's head noun right before the date (ending the
    # stretch) or right after it; such a date names the thing, it is no happening of the article
    named_date_before_re: str = ""
    named_date_after_re: str = ""
    # regex right before a date that makes it planned ("scheduled for", "prévu le", "geplant für")
    planned_before_re: str = ""
