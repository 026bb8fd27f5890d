"""Spanish language data for newsweave. Each section belongs to one component; edit only yours."""
from __future__ import annotations

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

# ---------------------------------------------------------------- ner (entities, roles)

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
