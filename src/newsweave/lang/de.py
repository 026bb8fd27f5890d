"""German language data for newsweave. Each section belongs to one component; edit only yours."""
from __future__ import annotations

from .schema import (ClaimSection, CleanSection, FramingSection, LinkSection, NerSection,
                     QuoteSection, TimeSection)

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
# Read by newsweave.enrich.timex (see its docstring for the meaning of each name).
TIMEX_MONTHS = {
    "januar": 1, "jänner": 1, "jan": 1, "februar": 2, "feb": 2, "märz": 3, "maerz": 3,
    "april": 4, "apr": 4, "mai": 5, "juni": 6, "juli": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "oktober": 10, "okt": 10, "november": 11,
    "nov": 11, "dezember": 12, "dez": 12,
}
TIMEX_WEEKDAYS = {"montag": 0, "dienstag": 1, "mittwoch": 2, "donnerstag": 3, "freitag": 4,
                  "samstag": 5, "sonnabend": 5, "sonntag": 6}
TIMEX_SEASONS = {"frühling": "SP", "frühjahr": "SP", "sommer": "SU", "herbst": "FA",
                 "winter": "WI"}
TIMEX_NUMBERS = {
    "ein": 1, "eine": 1, "einem": 1, "einer": 1, "einen": 1, "zwei": 2, "drei": 3, "vier": 4,
    "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8, "neun": 9, "zehn": 10, "elf": 11,
    "zwölf": 12, "fünfzehn": 15, "zwanzig": 20, "dreißig": 30, "vierzig": 40, "fünfzig": 50,
    "hundert": 100, "einigen": None, "einige": None, "wenigen": None, "wenige": None,
    "mehreren": None, "mehrere": None, "vielen": None, "paar": None, "ein paar": None,
}
TIMEX_UNITS = {
    "jahr": "Y", "jahre": "Y", "jahren": "Y", "jahres": "Y", "monat": "M", "monate": "M",
    "monaten": "M", "monats": "M", "woche": "W", "wochen": "W", "tag": "D", "tage": "D",
    "tagen": "D", "tages": "D", "stunde": "H", "stunden": "H", "minute": "MIN",
    "minuten": "MIN", "sekunde": "S", "sekunden": "S", "jahrzehnt": "DE", "jahrzehnte": "DE",
    "jahrzehnten": "DE", "jahrhundert": "CE", "jahrhunderte": "CE", "quartal": "Q",
    "quartals": "Q", "wochenende": "WE", "halbjahr": "HY",
}
TIMEX_DAYS_REL = {"gestern": -1, "vorgestern": -2, "heute": 0, "morgen": 1, "übermorgen": 2}
TIMEX_NARRATIVE_DAYS = {"am vortag": -1, "am folgetag": 1, "am nächsten tag": 1, "am tag danach": 1,
                        "am selben tag": 0, "am gleichen tag": 0, "tags darauf": 1}
TIMEX_DAYPARTS = {"morgen": "MO", "früh": "MO", "vormittag": "MO", "mittag": "MI",
                  "nachmittag": "AF", "abend": "EV", "nacht": "NI"}
TIMEX_LAST = ("letzten", "letzte", "letztes", "letzter", "vergangenen", "vergangene",
              "vergangenes", "vorigen", "vorige", "voriges", "vorletzten")
TIMEX_NEXT = ("nächsten", "nächste", "nächstes", "kommenden", "kommende", "kommendes",
              "folgenden", "folgende")
TIMEX_THIS = ("diesen", "diese", "dieses", "diesem", "dieser")
TIMEX_DET = ()
TIMEX_REFS = {
    "derzeit": "PRESENT_REF", "zurzeit": "PRESENT_REF", "jetzt": "PRESENT_REF",
    "gegenwärtig": "PRESENT_REF", "aktuell": "PRESENT_REF", "inzwischen": "PRESENT_REF",
    "kürzlich": "PAST_REF", "vor kurzem": "PAST_REF", "neulich": "PAST_REF",
    "früher": "PAST_REF", "damals": "PAST_REF", "bald": "FUTURE_REF",
    "künftig": "FUTURE_REF", "in zukunft": "FUTURE_REF", "demnächst": "FUTURE_REF",
}
TIMEX_AGO_PRE = ("vor",)
TIMEX_AGO_POST = ()
TIMEX_IN_PRE = ("in",)
TIMEX_APPROX = ("mehr als", "weniger als", "fast", "knapp", "etwa", "rund", "über",
                "gut", "mindestens", "ungefähr")
TIMEX_MID = ("mitte",)
TIMEX_EARLY = ("anfang", "beginn", "zu beginn des", "anfang des")
TIMEX_LATE = ("ende", "ende des")
TIMEX_EVERY = ("jeden", "jede", "jedes", "alle")
TIMEX_SET_WORDS = {"täglich": "P1D", "wöchentlich": "P1W", "monatlich": "P1M",
                   "jährlich": "P1Y", "pro jahr": "P1Y", "pro tag": "P1D"}
TIMEX_ORDINALS = {"ersten": 1, "erste": 1, "ersten.": 1, "zweiten": 2, "zweite": 2,
                  "dritten": 3, "dritte": 3, "vierten": 4, "vierte": 4}
TIMEX_QUARTER_WORDS = ("quartal",)
TIMEX_HALF_WORDS = ("halbjahr",)
TIMEX_CENTURY_WORDS = ("jahrhundert", "jahrhunderts")
TIMEX_DECADE_RE = r"(?:den|die|der)\s+(?P<c>19|20)?(?P<d>\d)0er(?:\s+jahren?)?"
TIMEX_YEAR_SUFFIX = ()
TIMEX_YEAR2_PREP = ()
TIMEX_HOLIDAYS = {"weihnachten": (12, 25), "heiligabend": (12, 24), "silvester": (12, 31),
                  "neujahr": (1, 1), "tag der deutschen einheit": (10, 3)}
TIMEX_DATE_ORDER = "dm"
TIMEX_DAY_OF = ("des",)
TIMEX_CLOCK_RE = r"(?:(?P<approx>gegen)\s+)?(?P<h>[01]?\d|2[0-4])(?:[:.](?P<m>[0-5]\d))?\s?Uhr(?:\s?(?P<m2>[0-5]\d))?(?![\w])"
TIMEX_NOON = {"mitternacht": "24:00"}
TIMEX_NOT_YEAR_AFTER = ("menschen", "personen", "euro", "dollar", "einwohner", "soldaten",
                        "tote", "km", "kilometer", "meter", "tonnen", "stimmen", "%")
TIMEX_FUTURE_RE = (
    r"\b(?:wird|werden|soll|sollen|will|wollen|plant|geplant|nächste\w*|kommende\w*|"
    r"findet|stattfinden)\b"
)
TIMEX_PAST_RE = (
    r"\b(?:hat|haben|hatte|hatten|war|waren|wurde|wurden|ist|sind|sagte|erklärte|"
    r"teilte|ge\w{3,}(?:t|en))\b"
)

# ---------------------------------------------------------------- ner (entity recognition)
NER = NerSection(
    lemmatizer="simplemma",
    lemma_free_suffix=2,
    lemma_min_stem=1,
    capitalised_nouns=True,
    stop=(
        "Der", "Die", "Das", "Ein", "Eine", "Er", "Sie", "Es", "Wir", "Aber", "Und", "Im", "In",
        "Am", "Nach", "Laut", "Auch", "Bei", "Mit", "Für", "Vor", "Seit", "Wie", "Als", "Dass",
    ),
    roles=(
        "präsident", "präsidentin", "vizepräsident", "sekretär", "minister", "ministerin",
        "premierminister", "bundeskanzler", "kanzler", "kanzlerin", "staatschef", "regierungschef",
        "machthaber", "führer", "chef", "chefin", "sprecher", "sprecherin", "botschafter",
        "general", "kommandeur", "direktor", "direktorin", "könig", "königin", "prinz", "papst",
        "bürgermeister", "abgeordnete", "senator", "gouverneur", "diktator", "gründer", "berater",
        "staatsanwalt", "richter", "außenminister", "verteidigungsminister",
    ),
    role_premodifiers=("ehemalige", "ehemaliger", "stellvertretende"),
    honorifics=("Herr", "Frau"),
    conjunctions=("und",),
    articles=("der", "die"),
    connectors=("von", "van", "der", "zu", "de", "und"),
    org_words=(
        "partei", "rat", "ministerium", "agentur", "union", "organisation", "armee", "komitee",
        "bank", "universität", "parlament", "regierung", "kommission", "bundestag",
    ),
)

# ---------------------------------------------------------------- link (entity resolution)
LINK = LinkSection()

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
