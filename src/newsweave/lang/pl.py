"""Polish language data for newsweave. Each section belongs to one component; edit only yours."""
from __future__ import annotations

from .schema import (ClaimSection, CleanSection, FramingSection, LinkSection, NerSection,
                     QuoteSection, TimeSection)

CODE = "pl"
NAME = "Polish"

# ---------------------------------------------------------------- clean (ingest/clean component)
CLEAN = CleanSection()

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
