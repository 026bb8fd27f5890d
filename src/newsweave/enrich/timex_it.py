"""Minimal Italian data for the time-expression engine (there is no ``newsweave.lang.it`` module).

Same names as the ``timex`` section of the lang modules; enough for dates, months, weekdays and
common relative words in Italian news.
"""
from __future__ import annotations

TIMEX_MONTHS = {
    "gennaio": 1, "febbraio": 2, "marzo": 3, "aprile": 4, "maggio": 5, "giugno": 6,
    "luglio": 7, "agosto": 8, "settembre": 9, "ottobre": 10, "novembre": 11, "dicembre": 12,
}
TIMEX_WEEKDAYS = {"lunedì": 0, "lunedi": 0, "martedì": 1, "martedi": 1, "mercoledì": 2,
                  "mercoledi": 2, "giovedì": 3, "giovedi": 3, "venerdì": 4, "venerdi": 4,
                  "sabato": 5, "domenica": 6}
TIMEX_SEASONS = {"primavera": "SP", "estate": "SU", "autunno": "FA", "inverno": "WI"}
TIMEX_NUMBERS = {"un": 1, "uno": 1, "una": 1, "due": 2, "tre": 3, "quattro": 4, "cinque": 5,
                 "sei": 6, "sette": 7, "otto": 8, "nove": 9, "dieci": 10, "venti": 20,
                 "trenta": 30, "cento": 100, "alcuni": None, "alcune": None, "pochi": None,
                 "qualche": None}
TIMEX_UNITS = {"anno": "Y", "anni": "Y", "mese": "M", "mesi": "M", "settimana": "W",
               "settimane": "W", "giorno": "D", "giorni": "D", "ora": "H", "ore": "H",
               "minuto": "MIN", "minuti": "MIN", "decennio": "DE", "secolo": "CE",
               "trimestre": "Q", "fine settimana": "WE", "weekend": "WE"}
TIMEX_DAYS_REL = {"ieri": -1, "l'altro ieri": -2, "oggi": 0, "domani": 1, "dopodomani": 2}
TIMEX_DAYPARTS = {"mattina": "MO", "mattino": "MO", "pomeriggio": "AF", "sera": "EV",
                  "notte": "NI"}
TIMEX_LAST = ("scorso", "scorsa", "scorsi", "scorse", "passato", "passata", "ultimo",
              "ultima", "ultimi", "ultime", "precedente")
TIMEX_NEXT = ("prossimo", "prossima", "prossimi", "prossime", "successivo", "successiva")
TIMEX_THIS = ("questo", "questa", "quest'")
TIMEX_DET = ("il", "lo", "la", "l'", "i", "gli", "le")
TIMEX_AGE_BEFORE = r"(?:,|\bdi|\(|\bcon|\betà\s+di)"
TIMEX_REFS = {"attualmente": "PRESENT_REF", "adesso": "PRESENT_REF",
              "oggi giorno": "PRESENT_REF", "recentemente": "PAST_REF", "di recente": "PAST_REF",
              "in passato": "PAST_REF", "in futuro": "FUTURE_REF", "presto": "FUTURE_REF"}
TIMEX_AGO_PRE = ()
TIMEX_AGO_POST = ("fa",)
TIMEX_IN_PRE = ("tra", "fra")
TIMEX_APPROX = ("più di", "meno di", "quasi", "circa", "oltre")
TIMEX_MID = ("metà",)
TIMEX_EARLY = ("inizio", "inizio di", "primi di")
TIMEX_LATE = ("fine", "fine di")
TIMEX_EVERY = ("ogni", "tutti i", "tutte le")
TIMEX_SET_WORDS = {"quotidianamente": "P1D", "ogni giorno": "P1D", "annualmente": "P1Y"}
TIMEX_ORDINALS = {"primo": 1, "secondo": 2, "terzo": 3, "quarto": 4}
TIMEX_QUARTER_WORDS = ("trimestre",)
TIMEX_HALF_WORDS = ("semestre",)
TIMEX_CENTURY_WORDS = ("secolo",)
TIMEX_DECADE_RE = r"(?:gli\s+)?anni\s+(?P<c>19|20)?'?(?P<d>\d)0"
TIMEX_YEAR_SUFFIX = ()
TIMEX_YEAR2_PREP = ()
TIMEX_DATE_ORDER = "dm"
TIMEX_DET_BEFORE_WEEKDAY = True
TIMEX_DAY_OF = ("di", "del")
TIMEX_CLOCK_RE = r"(?:alle\s+)?(?P<h>[01]?\d|2[0-3])[:.](?P<m>[0-5]\d)(?![\w])"
TIMEX_NOON = {"mezzogiorno": "12:00", "mezzanotte": "24:00"}
TIMEX_NOT_YEAR_AFTER = ("persone", "euro", "dollari", "abitanti", "soldati", "morti", "km",
                        "metri", "tonnellate", "voti", "%")
TIMEX_FUTURE_RE = r"\b(?:sarà|saranno|avrà|prevede|previsto|prevista|prossim[oaie])\b|\b\w{3,}(?:erà|irà|eranno|iranno)\b"
TIMEX_PAST_RE = r"\b(?:ha|hanno|aveva|era|erano|fu|scors[oaie])\b|\b\w{3,}(?:ato|ata|ito|ita|uto|uta)\b"
