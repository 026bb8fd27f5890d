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
NER = NerSection(
    # no Italian spaCy model is installed: capitalised-word rules with simplemma's lexicon
    stop=(
        "Il", "Lo", "La", "I", "Gli", "Le", "L", "Un", "Uno", "Una", "Questo", "Questa", "Questi",
        "Queste", "Quello", "Quella", "Secondo", "Ma", "E", "Ed", "O", "In", "Per", "Con", "Da",
        "Dal", "Dalla", "Del", "Della", "Dei", "Nel", "Nella", "Nei", "Sul", "Sulla", "Al",
        "Alla", "Ai", "Anche", "Dopo", "Prima", "Non", "Si", "Ci", "Tra", "Fra", "Oggi", "Ieri",
        "Domani", "Ora", "Così", "Però", "Quando", "Mentre", "Se", "Come", "Dove", "Perché",
        "Inoltre", "Tuttavia", "Infatti", "Lui", "Lei", "Loro", "Noi", "È", "Sono", "Ha", "Hanno",
    ),
    roles=(
        "presidente", "vicepresidente", "premier", "presidente del consiglio", "ministro",
        "ministra", "viceministro", "sottosegretario", "segretario", "segretaria", "sindaco",
        "sindaca", "portavoce", "ambasciatore", "ambasciatrice", "generale", "comandante",
        "direttore", "direttrice", "cancelliere", "re", "regina", "principe", "principessa",
        "papa", "senatore", "senatrice", "deputato", "deputata", "governatore", "dittatore",
        "fondatore", "fondatrice", "consigliere", "procuratore", "giudice", "leader", "capo",
        "commissario", "amministratore delegato",
    ),
    role_premodifiers=("ex", "vice"),
    honorifics=("Sig", "Sig.ra", "Dott", "Dott.ssa", "On"),
    conjunctions=("e", "ed"),
    articles=("il", "lo", "la", "l", "i", "gli", "le"),
    # name particles: "Leonardo da Vinci", "Ursula von der Leyen", "Luigi Di Maio" (capitalised)
    connectors=("di", "de", "del", "della", "dei", "degli", "delle", "da", "dal", "d"),
    org_words=(
        "partito", "consiglio", "ministero", "agenzia", "unione", "organizzazione", "esercito",
        "comitato", "banca", "università", "parlamento", "governo", "commissione", "camera",
        "senato", "fondazione", "associazione", "istituto", "tribunale", "corte", "procura",
        "polizia", "federazione", "sindacato",
    ),
)

# ---------------------------------------------------------------- link (entity resolution)
LINK = LinkSection()

# ---------------------------------------------------------------- quotes (speech, attribution)
QUOTES = QuoteSection()

# ---------------------------------------------------------------- claims (claims and conflicts)
CLAIMS = ClaimSection()

# ---------------------------------------------------------------- framing (loaded terms)
FRAMING = FramingSection()
