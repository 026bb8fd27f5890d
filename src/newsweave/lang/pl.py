"""Polish language data for newsweave. Each section belongs to one component; edit only yours."""
from __future__ import annotations

from .schema import (ClaimSection, CleanSection, FramingSection, LinkSection, NerSection,
                     QuoteSection, TimeSection)

CODE = "pl"
NAME = "Polish"

# ---------------------------------------------------------------- clean (ingest/clean component)
CLEAN = CleanSection(
    chrome_lines=(
        r"czytaj (także|też|również|więcej|dalej)\b.*", r"przeczytaj (także|też|również)\b.*",
        r"zobacz (także|też|również)\b.*", r"polecamy(\s*:.*)?", r"najczęściej (czytane|komentowane)",
        r"najpopularniejsze", r"(artykuły|tematy) powiązane", r"(materiał|artykuł) sponsorowany",
        r"treści sponsorowane", r"reklama", r"udostępnij( na\b.*)?", r"(zapisz się|zasubskrybuj)\b.*",
        r"(subskrybuj|zamów) newsletter\b.*", r"(ta strona|strona|serwis) (używa|wykorzystuje) (plików )?cookies?\b.*",
        r"(akceptuję|akceptuj|zaakceptuj|odrzuć)( wszystkie)?( pliki)? cookies?\b.*", r"obserwuj nas\b.*",
        r"wszelkie prawa zastrzeżone\b.*", r"komentarze", r"strona główna", r"najnowsze( wiadomości)?",
        r"wiadomości",
    ),
    share_words=("udostępnij",),
    button_words=("drukuj", "kopiuj link"),
    photo_words=("foto", r"fot\."),
    label_connectors=("i", "w", "z", "na", "do"),
    date_header_words=(r"opublikowano", r"data\s+publikacji", r"(ostatnia\s+)?aktualizacja", r"zaktualizowano",
                       r"dodano", r"data"),
    date_prefixes=("dnia",),
    before_date_words=("dnia",),
    # genitive ("3 marca 2024") as written after a day, nominative ("marzec 2024"), abbreviations
    header_months={
        "stycznia": 1, "styczeń": 1, "sty": 1, "lutego": 2, "luty": 2, "lut": 2, "marca": 3, "marzec": 3,
        "mar": 3, "kwietnia": 4, "kwiecień": 4, "kwi": 4, "maja": 5, "maj": 5, "czerwca": 6, "czerwiec": 6,
        "cze": 6, "lipca": 7, "lipiec": 7, "lip": 7, "sierpnia": 8, "sierpień": 8, "sie": 8, "września": 9,
        "wrzesień": 9, "wrz": 9, "października": 10, "październik": 10, "paź": 10, "listopada": 11,
        "listopad": 11, "lis": 11, "grudnia": 12, "grudzień": 12, "gru": 12,
    },
    year_suffixes=(r"r\.", r"roku"),
    time_prepositions=("o", r"godz\.", r"o\s+godz\."),
    byline_words=(r"autor", r"autorka", r"tekst", r"oprac\.", r"opracowanie"),
    byline_joiners=(r"(?-i:i)", r"oraz"),
    agencies=("PAP", "IAR", "ISBnews"),
    outlet_words=("gazeta", "wiadomości", "dziennik", "tygodnik"),
    source_labels=("źródło",),
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
