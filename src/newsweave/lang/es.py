"""Spanish language data for newsweave. Each section belongs to one component; edit only yours."""
from __future__ import annotations

CODE = "es"
NAME = "Spanish"

# ---------------------------------------------------------------- clean (ingest/clean component)

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
