"""Italian language data for newsweave. Each section belongs to one component; edit only yours."""
from __future__ import annotations

from .schema import (ClaimSection, CleanSection, FramingSection, LinkSection, NerSection,
                     QuoteSection, TimeSection)

CODE = "it"
NAME = "Italian"

# ---------------------------------------------------------------- clean (ingest/clean component)
CLEAN = CleanSection()

# ---------------------------------------------------------------- time (time expressions)
TIME = TimeSection()

# ---------------------------------------------------------------- ner (entity recognition)
NER = NerSection()

# ---------------------------------------------------------------- link (entity resolution)
LINK = LinkSection()

# ---------------------------------------------------------------- quotes (speech, attribution)
QUOTES = QuoteSection(
    speech_verbs=[
        "detto", "dice", "dicono", "disse", "dichiarato", "dichiara", "dichiarò", "affermato", "afferma",
        "affermò", "sottolineato", "sottolinea", "spiegato", "spiega", "aggiunto", "aggiunge", "annunciato",
        "annuncia", "riferito", "riferisce", "precisato", "ribadito", "confermato", "conferma", "avvertito",
        "scritto", "scrive", "osservato", "commentato", "assicurato", "negato", "ammesso", "risposto",
        "denunciato", "sostenuto", "sostiene", "ricordato",
    ],
    speech_aux=[
        "ha", "hanno", "aveva", "avevano", "avrebbe", "anche", "inoltre", "poi", "già", "ancora", "ieri",
        "oggi",
    ],
    adverb_suffixes=["mente"],
    complementisers=["che"],
    according_to=[
        "secondo", "stando a", "a detta di", "citando", "citato da", "citata da", "come riferito da",
        "secondo quanto riferito da",
    ],
    pronouns=["lui", "lei", "loro", "egli"],
    np_stop_words=[
        "a", "al", "alla", "in", "nel", "nella", "su", "sul", "durante", "dopo", "prima", "per", "con",
        "da", "dal", "che", "lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica",
        "ieri", "oggi",
    ],
    determiners=["il", "lo", "la", "i", "gli", "le", "l'", "l’", "un", "uno", "una", "questo", "questa"],
    source_kinds={
        "embassy": ["ambasciat*", "consolat*"],
        "ministry": ["minister*"],
        "agency": ["agenzi*"],
        "anonymous": ["fonte", "fonti"],
        "expert": ["espert*", "analist*", "ricercator*", "professor*"],
        "official": [
            "governo*", "consiglio*", "presiden*", "portavoce", "ministr*", "comunicato*", "dichiarazion*",
            "sindaco", "esercito", "autorità", "parlamento*",
        ],
        "media": ["giornal*", "quotidian*", "emittent*", "televisione", "sito", "radio*"],
    },
    abbreviations=["sig", "sigg", "dott", "prof", "avv", "ing", "sen"],
)

# ---------------------------------------------------------------- claims (claims and conflicts)
CLAIMS = ClaimSection(
    negation=[
        r"\bnon\b(?!\s+(?:solo|soltanto|soltanto))", r"\bmai\b", r"\bnessun[oa]?\b", r"\bniente\b",
        r"\bnulla\b",
    ],
    negated_negatives=[r"esclud\w*", r"smentisc\w*"],
    months=[
        "gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre",
        "ottobre", "novembre", "dicembre",
    ],
    number_words={
        "due": 2, "tre": 3, "quattro": 4, "cinque": 5, "sei": 6, "sette": 7, "otto": 8, "nove": 9,
        "dieci": 10, "undici": 11, "dodici": 12, "quindici": 15, "venti": 20, "trenta": 30, "quaranta": 40,
        "cinquanta": 50, "sessanta": 60, "cento": 100, "mille": 1000,
    },
    multipliers={"milione": 1e6, "milioni": 1e6, "miliardo": 1e9, "miliardi": 1e9, "mila": 1e3, "mille": 1e3},
    unit_links=[r"di\s+"],
    units={
        "percent": ["per cento", "percento"],
        "hour": ["ore"],
        "day": ["giorn*"],
        "minute": ["minut*"],
        "km": ["km", "chilometr*"],
        "person": ["persone", "persona", "abitanti", "civili"],
        "soldier": ["soldat*", "militari", "truppe"],
        "dead": ["morti", "morto", "uccis*", "vittim*"],
        "wounded": ["ferit*"],
        "dollar": ["dollar*"],
        "euro": ["euro*"],
        "tonne": ["tonnellat*"],
        "missile": ["missil*", "razz*"],
        "drone": ["dron*"],
        "shell": ["proiettil*", "munizion*"],
        "year": ["anno", "anni"],
        "visit": ["visit*"],
    },
    role_heads={
        "secretary": ["segretario", "segretaria"],
        "chair": ["presidente"],
        "vice-chair": ["vicepresidente*"],
        "commander-in-chief": ["comandante in capo"],
        "commander": ["comandante"],
        "minister": ["ministro", "ministra"],
        "deputy-minister": ["viceministro*"],
        "prime-minister": ["primo ministro", "presidente del consiglio", "premier"],
        "leader": ["leader"],
        "ambassador": ["ambasciator*"],
        "spokesperson": ["portavoce"],
        "director": ["direttore", "direttrice"],
        "head": ["capo"],
        "general": ["generale"],
        "mayor": ["sindaco"],
        "governor": ["governator*"],
        "envoy": ["inviato", "inviata"],
        "speaker": ["presidente della camera"],
    },
    former_words=["ex-", r"(?<![\w])ex", "già"],
    role_org_links=["del", "della", "dell['’]", "dei", "degli", "delle", "di"],
    apposition_determiners=["il", "la", "l['’]"],
    relative_pronouns=["che"],
    countries={
        "RU": ["russia", "adj:russo", "adj:russa", "adj:russi"],
        "UA": ["ucraina", "adj:ucraino", "adj:ucraini", "adj:ucraine"],
        "KP": ["corea del nord", "adj:nordcorean*"],
        "KR": ["corea del sud", "adj:sudcorean*"],
        "BY": ["bielorussia", "adj:bielorusso", "adj:bielorussa", "adj:bielorussi"],
        "CN": ["cina", "adj:cinese", "adj:cinesi"],
        "US": [
            "stati uniti", "adj:statunitense", "adj:statunitensi", "adj:americano", "adj:americana",
            "adj:americani",
        ],
        "FR": ["francia", "adj:francese", "adj:francesi"],
        "DE": ["germania", "adj:tedesco", "adj:tedesca", "adj:tedeschi", "adj:tedesche"],
        "GB": ["regno unito", "gran bretagna", "adj:britannic*"],
        "PL": ["polonia", "adj:polacc*"],
        "IR": ["iran", "adj:iranian*"],
        "IL": ["israele", "adj:israelian*"],
        "SY": ["siria", "adj:sirian*"],
        "TR": ["turchia", "adj:turc*"],
        "JP": ["giappone", "adj:giappones*"],
        "GE": ["georgia", "adj:georgian*"],
        "MD": ["moldavia", "adj:moldav*"],
        "KZ": ["kazakistan"],
        "ES": ["spagna", "adj:spagnol*"],
        "IT": ["italia", "adj:italian*"],
        "IN": ["india"],
        "EE": ["estonia", "adj:estone", "adj:estoni"],
        "LV": ["lettonia", "adj:letton*"],
        "LT": ["lituania", "adj:lituan*"],
        "FI": ["finlandia", "adj:finlandes*"],
        "RO": ["romania", "adj:rumen*"],
        "HU": ["ungheria", "adj:ungheres*"],
        "AM": ["armenia", "adj:armen*"],
        "AZ": ["azerbaigian"],
    },
    place_nouns=[
        "regione", "regioni", "provinci*", "territori*", "città", "distrett*", "zona", "zone", "comune",
        "villaggi*", "repubblica", "località", "area", "aree",
    ],
    locative_preps=["in", "nel", "nella", "a", "di", "del", "della"],
    direction_words=[
        "est", "ovest", "nord", "sud", "centro", "centrale", "orientale", "occidentale", "settentrionale",
        "meridionale", "il", "la", "l'", "l’", "di", "del", "della", "parte", "frontalier*", "confin*",
    ],
    including_words=["tra cui", "in particolare", "soprattutto", "compreso", "compresa"],
    place_gap_words=["una", "un", "la", "il", "questa", "situata", "situato", "è", "che", "in", "nel", "nella"],
    place_name_particles=["di", "del", "della", "dell['’]", "il", "la", "l['’]"],
    demonstratives=["questa", "questo", "quella", "quello"],
)

# ---------------------------------------------------------------- framing (loaded terms)
FRAMING = FramingSection(
    loaded_terms={
        "dittatore": "leader", "dittatura": "governo", "regime": "governo", "tiranno": "leader",
        "despota": "leader", "fantoccio": "alleato", "terrorista": "combattente",
        "propaganda": "comunicazione", "invasore": "truppe", "occupante": "truppe",
        "nazista": "nazionalista", "massacro": "attacco", "genocidio": "uccisioni", "orde": "truppe",
        "autocrate": "leader", "mercenari": "combattenti stranieri", "criminale di guerra": "accusato",
    },
)
