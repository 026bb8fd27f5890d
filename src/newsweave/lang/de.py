"""German language data for newsweave. Each section belongs to one component; edit only yours."""
from __future__ import annotations

CODE = "de"
NAME = "German"

# ---------------------------------------------------------------- clean (ingest/clean component)

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
