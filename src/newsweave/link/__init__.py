"""Cross-article work: duplicates, entity resolution, events and storylines."""
