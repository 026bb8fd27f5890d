"""English language data for newsweave. Each section belongs to one component; edit only yours."""
from __future__ import annotations

CODE = "en"
NAME = "English"

# ---------------------------------------------------------------- clean (ingest/clean component)

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
