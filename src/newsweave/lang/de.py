"""German language data for newsweave. Each section belongs to one component; edit only yours."""
from __future__ import annotations

CODE = "de"
NAME = "German"

# ---------------------------------------------------------------- clean (ingest/clean component)
# Whole lines that are site chrome (matched case-insensitively against a stripped line).
BOILERPLATE_LINES = [
    r"mehr zum thema\b.*", r"lesen sie (auch|mehr)\b.*", r"auch interessant", r"meistgelesen(e artikel)?",
    r"anzeige", r"werbung", r"teilen( auf\b.*)?", r"startseite", r"zur startseite", r"newsletter\b.*",
    r"wir verwenden cookies\b.*", r"(cookies )?(akzeptieren|ablehnen)", r"weitere artikel\b.*",
    r"kommentare?", r"folgen sie uns\b.*", r"alle rechte vorbehalten\b.*", r"das k[öo]nnte sie auch interessieren",
]
DATE_HEADER_PATTERNS = [r"ver[öo]ffentlicht(\s+am)?", r"aktualisiert(\s+am)?", r"zuletzt\s+aktualisiert(\s+am)?",
                        r"stand", r"datum", r"am"]
HEADER_MONTHS = {
    "januar": 1, "jänner": 1, "jan": 1, "februar": 2, "feb": 2, "märz": 3, "maerz": 3, "mär": 3, "april": 4,
    "apr": 4, "mai": 5, "juni": 6, "jun": 6, "juli": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sep": 9, "sept": 9, "oktober": 10, "okt": 10, "november": 11, "nov": 11, "dezember": 12, "dez": 12,
}
BYLINE_WORDS = [r"von"]
BYLINE_JOINERS = [r"mit", r"und"]
AGENCIES = ["dpa", "AFP", "KNA", "epd", "APA", "Reuters", "SDA", "AP"]

# ---------------------------------------------------------------- timex (time expressions)

# ---------------------------------------------------------------- ner (entities, roles)

# ---------------------------------------------------------------- quotes (speech cues, attributions)
SPEECH_VERBS = [  # regex fragments, matched as whole words, case-insensitive
    r"sagte", r"sagt", r"sagten", r"gesagt", r"erklärte", r"erklärt", r"erklärten", r"betonte",
    r"betont", r"teilte", r"schrieb", r"schreibt", r"berichtete", r"berichtet", r"berichteten",
    r"meldete", r"meldet", r"warnte", r"warnt", r"kündigte", r"bestätigte", r"bestätigt",
    r"versicherte", r"fügte", r"hinzu", r"unterstrich", r"behauptete", r"behauptet",
    r"räumte", r"dementierte", r"bestritt", r"verkündete", r"antwortete", r"sprach",
    r"hieß es", r"heißt es", r"mitgeteilt", r"erklären",
]
SPEECH_AUX = ["hat", "haben", "hatte", "hatten", "auch", "zudem", "außerdem", "noch", "dann"]
THAT_WORDS = ["dass"]
ACCORDING_TO = ["laut", "nach angaben von", "nach angaben des", "nach angaben der",
                "unter berufung auf", "wie", "so", "zitiert von"]
ACCORDING_TO_POST = ["zufolge"]
PRONOUNS = ["er", "sie"]
NP_STOP_WORDS = ["in", "im", "am", "an", "auf", "bei", "nach", "vor", "während", "über", "mit",
                 "von", "zu", "am", "der", "die", "das", "montag", "dienstag", "mittwoch",
                 "donnerstag", "freitag", "samstag", "sonntag", "gegenüber", "dem", "den"]
DETERMINERS = ["der", "die", "das", "des", "dem", "den", "ein", "eine", "einer", "eines"]


# ---------------------------------------------------------------- framing (loaded terms)
LOADED_TERMS = {  # loaded term (matched as a word start, inflections allowed) -> neutral term
    "diktator": "Staatschef", "diktatur": "Regierung", "regime": "Regierung",
    "machthaber": "Staatschef", "tyrann": "Staatschef", "despot": "Staatschef",
    "marionette": "Verbündeter", "junta": "Militärregierung", "terrorist": "Kämpfer",
    "propaganda": "Kommunikation", "invasor": "Truppen", "besatzer": "Truppen", "nazi": "Nationalist",
    "massaker": "Angriff", "völkermord": "Tötungen", "horden": "Truppen", "autokrat": "Staatschef",
    "söldner": "ausländische Kämpfer",
}
