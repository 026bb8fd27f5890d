"""Language-independent text utilities shared by enrichment and comparison (sentence splitting,
word-list regexes). Below ``enrich`` and ``compare``: imports only ``newsweave.lang``."""
