"""Italian language data for newsweave. Each section belongs to one component; edit only yours."""
from __future__ import annotations

from .schema import (ClaimSection, CleanSection, FramingSection, LinkSection, NerSection,
                     QuoteSection, TimeSection)

CODE = "it"
NAME = "Italian"

# ---------------------------------------------------------------- clean (ingest/clean component)
CLEAN = CleanSection(
    chrome_lines=(
        r"leggi anche\b.*", r"(leggi|scopri) di pi[ùu]\b.*", r"(ti )?potrebbe (interessarti|interessare)( anche)?",
        r"articoli (correlati|consigliati)", r"(i )?pi[ùu] (letti|visti|condivisi|commentati)",
        r"contenuti? sponsorizzat[oi]", r"pubblicit[àa]", r"condividi( su\b.*)?",
        r"iscriviti( alla| alle)? newsletter\b.*", r"iscriviti\b.*", r"abbonati (ora|subito|a|al|alla)\b.*",
        r"(questo sito (usa|utilizza)|utilizziamo|usiamo) (i )?cookies?\b.*",
        r"(accetta|rifiuta|accetto|rifiuto) (tutti )?(i )?cookies?\b.*", r"seguici\b.*",
        r"(tutti i )?diritti riservati\b.*", r"commenti", r"home ?page", r"in evidenza", r"ultim[ei] notizie",
        r"ultim'ora",
    ),
    share_words=("condividi",),
    button_words=("stampa", "copia link"),
    photo_words=("foto",),
    label_connectors=("di", "del", "della", "dei", "delle", "e", "il", "la", "le", "in"),
    date_header_words=(r"pubblicat[oa](\s+il)?", r"aggiornat[oa](\s+il)?", r"ultimo\s+aggiornamento",
                       r"ultima\s+modifica", r"data\s+di\s+pubblicazione", r"data"),
    date_prefixes=("il",),
    before_date_words=("il",),
    header_months={
        "gennaio": 1, "gen": 1, "febbraio": 2, "feb": 2, "marzo": 3, "mar": 3, "aprile": 4, "apr": 4,
        "maggio": 5, "mag": 5, "giugno": 6, "giu": 6, "luglio": 7, "lug": 7, "agosto": 8, "ago": 8,
        "settembre": 9, "sett": 9, "ottobre": 10, "ott": 10, "novembre": 11, "nov": 11, "dicembre": 12, "dic": 12,
    },
    day_suffixes=("º", "°"),
    time_prepositions=("alle", "ore", r"alle\s+ore"),
    # "di Mario Rossi": lower-case only, so a sentence about "Di Maio" is not a byline
    byline_words=(r"(?-i:di)", r"a cura di", r"servizio di", r"dal nostro (inviato|corrispondente)( a \w+)?"),
    byline_joiners=(r"(?-i:e)", r"con"),
    agencies=("ANSA", "AGI", "Adnkronos", "LaPresse", "Askanews", "Italpress"),
    outlet_words=("giornale", "notizie", "quotidiano", "gazzetta", "corriere"),
    source_labels=("fonte",),
)

# ---------------------------------------------------------------- time (time expressions)
TIME = TimeSection()

# ---------------------------------------------------------------- ner (entity recognition)
NER = NerSection()

# ---------------------------------------------------------------- link (entity resolution)
LINK = LinkSection()

# ---------------------------------------------------------------- quotes (speech, attribution)
QUOTES = QuoteSection()

# ---------------------------------------------------------------- claims (claims and conflicts)
CLAIMS = ClaimSection()

# ---------------------------------------------------------------- framing (loaded terms)
FRAMING = FramingSection()
