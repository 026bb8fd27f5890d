"""French language data for newsweave. Each section belongs to one component; edit only yours."""
from __future__ import annotations

CODE = "fr"
NAME = "French"

# ---------------------------------------------------------------- clean (ingest/clean component)

# ---------------------------------------------------------------- timex (time expressions)

# ---------------------------------------------------------------- ner (entities, roles)

# ---------------------------------------------------------------- quotes (speech cues, attributions)

# ---------------------------------------------------------------- framing (loaded terms)
