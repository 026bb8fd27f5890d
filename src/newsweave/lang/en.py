"""English language data for newsweave. Each section belongs to one component; edit only yours."""
from __future__ import annotations

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

# ---------------------------------------------------------------- ner (entities, roles)

# ---------------------------------------------------------------- quotes (speech cues, attributions)
SPEECH_VERBS = [  # regex fragments, matched as whole words, case-insensitive
    r"said", r"says", r"say", r"told", r"tells", r"stated", r"states", r"added", r"adds",
    r"noted", r"notes", r"stressed", r"stresses", r"wrote", r"writes", r"reported", r"reports",
    r"announced", r"announces", r"declared", r"declares", r"warned", r"warns", r"insisted",
    r"insists", r"claimed", r"claims", r"explained", r"explains", r"confirmed", r"confirms",
    r"replied", r"answered", r"argued", r"argues", r"asserted", r"asserts", r"emphasi[sz]ed",
    r"denied", r"denies", r"admitted", r"acknowledged", r"quoted", r"tweeted", r"posted",
    r"underlined", r"pledged", r"promised", r"assured",
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
