"""Per-article analysis: time expressions, entities, quotes, embeddings."""
